package io.fusionize.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliRun;
import org.junit.jupiter.api.Test;

class DemoCommandTests {

    @Test
    void runsTheIotApplicationUnderThreeSetups() {
        CliRun run = CliRun.of("demo", "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("all-remote: iot v1: I@1024, CW@1024")
                .contains("all-local: iot v1: I+CW+SE")
                .contains("mixed: iot v1: I+CW+SE@1024, CT@1024")
                .contains("invocations: 1 (remote calls 0, local calls ")
                .contains("The result is identical under every setup");
    }
}
