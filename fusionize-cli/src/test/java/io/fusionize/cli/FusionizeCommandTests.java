package io.fusionize.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FusionizeCommandTests {

    @Test
    void withoutSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand").contains("Usage: fusionize");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--all-remote", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void conflictingOptionsAreAUsageError() {
        CliRun run = CliRun.of("setup", "generate", "--app", "iot", "--all-remote", "--all-local");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{}, {"setup"}, {"setup", "generate"}, {"setup", "validate"},
            {"setup", "diff"}, {"invoke"}, {"platform"}, {"platform", "start"}, {"deploy"}, {"run"}, {"status"},
            {"experiment"}, {"explore"}, {"demo"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: fusionize");
        }
    }

    @Test
    void groupWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.of("platform");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand").contains("Usage: fusionize platform");
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("setup", "invoke", "platform", "deploy", "run", "status", "experiment", "explore",
                "demo");
    }

    @Test
    void unknownApplicationIsAUserErrorOnOneLine() {
        CliRun run = CliRun.of("setup", "generate", "--app", "nope", "--all-remote");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: unknown application 'nope'; available: ").contains("iot")
                .hasLineCount(1);
    }
}
