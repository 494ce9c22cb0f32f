package io.fusionize.cli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliProcess;
import io.fusionize.cli.CliRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PlatformStartCommandTests {

    @TempDir
    Path state;

    @Test
    void portOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("platform", "start", "--port", "70000", "--state", state.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be between 0 and 65535, not 70000");
    }

    @Test
    void portInUseIsAUserErrorOnOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("platform", "start", "--port", String.valueOf(taken.getLocalPort()),
                    "--state", state.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("error: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is in use; stop what uses it or choose another with --port");
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void runsInTheForegroundAndStopsCleanlyOnSigterm() throws Exception {
        String output = String.join("\n", CliProcess.runUntil("Press Ctrl-C",
                "platform", "start", "--port", "0", "--state", state.toString()));

        assertThat(output).contains("listening on http://127.0.0.1:")
                .contains("Bearer token: " + state.toAbsolutePath().resolve("token"))
                .contains("Limits: ")
                .contains("Press Ctrl-C to stop.")
                .contains("Platform stopped.");
        assertThat(state.resolve("token")).isRegularFile();
    }
}
