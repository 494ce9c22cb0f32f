package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StateDirectoryTests {

    @TempDir
    Path temp;

    @Test
    void emptiesTheStateOfAnEarlierExperiment() throws IOException {
        Path state = StateDirectory.prepare(temp.resolve("state"));
        Files.createDirectories(state.resolve("platform"));
        Files.writeString(state.resolve("platform/old.db"), "old");

        StateDirectory.prepare(state);

        assertThat(state.resolve("platform")).doesNotExist();
        assertThat(state.resolve(StateDirectory.MARKER)).exists();
    }

    @Test
    void refusesADirectoryItDidNotCreate() throws IOException {
        Files.writeString(temp.resolve("precious.txt"), "keep me");

        assertThatThrownBy(() -> StateDirectory.prepare(temp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not created by an experiment");
        assertThat(temp.resolve("precious.txt")).exists();
    }
}
