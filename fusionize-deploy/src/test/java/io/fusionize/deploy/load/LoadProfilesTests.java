package io.fusionize.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadProfilesTests {

    private static final Duration GAP = Duration.ofMinutes(11);

    @Test
    void parsesEveryShortForm(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("t.csv"), "0\n5\n");

        assertThat(LoadProfiles.parse("constant:10:100", GAP).schedule().size()).isEqualTo(1000);
        assertThat(LoadProfiles.parse("bursty", GAP).description()).isEqualTo(LoadProfiles.burstyStep().description());
        assertThat(LoadProfiles.parse("ramp", GAP).description()).isEqualTo(LoadProfiles.burstyRamp().description());
        assertThat(LoadProfiles.parse("coldstart:7", GAP)).isInstanceOfSatisfying(ColdStartProfile.class,
                cold -> assertThat(cold.spacing()).isEqualTo(GAP));
        assertThat(LoadProfiles.parse("replay:" + csv, GAP).schedule().size()).isEqualTo(2);
    }

    @Test
    void explainsWhatItExpects() {
        assertThatThrownBy(() -> LoadProfiles.parse("steady:3", GAP))
                .hasMessage("unknown workload 'steady:3'; expected " + LoadProfiles.FORMS);
        assertThatThrownBy(() -> LoadProfiles.parse("constant:ten:100", GAP))
                .hasMessage("workload 'constant:ten:100': 'ten' is not a number");
        assertThatThrownBy(() -> LoadProfiles.parse("bursty:2", GAP)).hasMessageStartingWith("unknown workload");
    }
}
