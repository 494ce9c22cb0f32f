package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoopStateFileTests {

    @TempDir
    Path directory;

    @Test
    void roundTripsEveryPartOfTheState() {
        Setup first = new Setup("greeting", 1, List.of(new FunctionSpec("Greet", 1024, Set.of(), Set.of())));
        Setup second = new Setup("greeting", 2,
                List.of(new FunctionSpec("Greet", 512, Set.of("Shout"), Set.of("Note"))));
        LoopState state = LoopState.initial("greeting")
                .withDeployed(new LoopEntry(first, "initial", false, null))
                .withDeployed(new LoopEntry(second, "inline Shout", false, null))
                .withBad(2, "timed out").withCurrent(1).nextRound().nextRound().withConverged("nothing left");
        LoopStateFile file = new LoopStateFile(directory, "greeting");

        file.write(state);

        assertThat(file.read()).hasValue(state);
        assertThat(file.path()).hasFileName("loop-greeting.json");
    }

    @Test
    void absentFileMeansNoState() {
        assertThat(new LoopStateFile(directory, "greeting").read()).isEmpty();
    }

    @Test
    void unreadableFileIsAClearError() throws IOException {
        LoopStateFile file = new LoopStateFile(directory, "greeting");
        Files.writeString(file.path(), "{ not json");

        assertThatThrownBy(file::read).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read the loop state");
    }
}
