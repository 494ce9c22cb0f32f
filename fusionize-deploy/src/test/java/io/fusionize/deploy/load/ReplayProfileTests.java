package io.fusionize.deploy.load;

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
class ReplayProfileTests {

    @Test
    void replaysTimestampsRelativeToTheFirst() {
        ReplayProfile replay = ReplayProfile.parse("trace.csv",
                "timestamp_ms,sensor\n# warm-up\n1700000000000,3\n\n1700000000250.5,4\n1700000001000,5\n");

        assertThat(replay.schedule().offsetsNanos()).containsExactly(0, 250_500_000, 1_000_000_000);
        assertThat(replay.description()).isEqualTo("replay of 3 requests from trace.csv");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("arrivals.csv"), "0\n10\n10\n20\n");

        assertThat(LoadProfiles.replay(file).size()).isEqualTo(4);
    }

    @Test
    void namesTheMalformedLine() {
        assertThatThrownBy(() -> ReplayProfile.parse("trace.csv", "0\n100\nabc\n300\n"))
                .isInstanceOf(ReplayFormatException.class)
                .hasMessage("trace.csv line 3: 'abc' is not a timestamp in milliseconds")
                .satisfies(e -> assertThat(((ReplayFormatException) e).lineNumber()).isEqualTo(3));
    }

    @Test
    void rejectsATimestampEarlierThanTheOneBefore() {
        assertThatThrownBy(() -> ReplayProfile.parse("trace.csv", "0\n200\n100\n"))
                .hasMessageStartingWith("trace.csv line 3: timestamp 100 is earlier than the previous one (200)");
    }

    @Test
    void rejectsNegativeAndJavaLiteralForms() {
        assertThatThrownBy(() -> ReplayProfile.parse("t", "-5\n")).hasMessageContaining("line 1: '-5'");
        assertThatThrownBy(() -> ReplayProfile.parse("t", "5\n12d\n")).hasMessageContaining("line 2: '12d'");
    }

    @Test
    void rejectsAFileWithoutTimestamps() {
        assertThatThrownBy(() -> ReplayProfile.parse("empty.csv", "timestamp\n# nothing\n"))
                .hasMessage("empty.csv line 1: no timestamps found");
    }

    @Test
    void treatsAnUnknownHeaderAsAMalformedLine() {
        assertThatThrownBy(() -> ReplayProfile.parse("t.csv", "when\n0\n")).hasMessageContaining("line 1: 'when'");
    }
}
