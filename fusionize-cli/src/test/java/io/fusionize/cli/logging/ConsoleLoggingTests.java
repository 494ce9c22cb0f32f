package io.fusionize.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.Fusionize;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ConsoleLoggingTests {

    @TempDir
    Path directory;

    @AfterEach
    void routeBackToTheConsole() {
        LogSink.get().routeTo(null);
        LogSink.get().takeWarnings();
    }

    @Test
    void longRunningCommandsLogNextToTheirState() {
        assertThat(logFile("run", "--app", "iot", "--state", "s")).hasValue(Path.of("s", "fusionize-run.log"));
        assertThat(logFile("platform", "start", "--state", "p"))
                .hasValue(Path.of("p", "fusionize-platform-start.log"));
        assertThat(logFile("experiment", "--app", "iot", "--workload", "bursty", "--out", "o"))
                .hasValue(Path.of("o", "fusionize-experiment.log"));
        assertThat(logFile("explore", "--app", "tree", "--workload", "coldstart:2", "--out", "x"))
                .hasValue(Path.of("x", "fusionize-explore.log"));
        assertThat(logFile("demo")).hasValue(Path.of("out", "demo", "fusionize-demo.log"));
    }

    @Test
    void shortCommandsKeepTheirLinesOnTheConsole() {
        assertThat(logFile("demo", "--in-process")).isEmpty();
        assertThat(logFile("setup", "generate", "--app", "iot", "--all-remote")).isEmpty();
        assertThat(logFile("run", "--help")).isEmpty();
    }

    @Test
    void aPlatformThreadsWarningGoesToTheFileAndTheConsoleGetsOneLineWithTheCount() throws Exception {
        Path file = directory.resolve("state").resolve("fusionize-run.log");
        LogSink.get().routeTo(file);
        List<String> console = new CopyOnWriteArrayList<>();
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (WarningDigest digest = WarningDigest.start(LogSink.get(), console::add)) {
            Thread platformThread = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    LogSink.get().write(Level.WARN, "io.fusionize.platform.internal.resources.OversubscriptionTracker",
                            "CPU oversubscribed: busy instances hold 2.32 vCPUs on 2 cores; 4 oversubscribed"
                                    + " invocation(s) since the previous warning", null);
                }
            }, "fusionize-async-delivery-1");
            platformThread.start();
            platformThread.join();
        } finally {
            System.setErr(standardError);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(3).allSatisfy(line -> assertThat(line)
                .contains("WARN [fusionize-async-delivery-1] io.fusionize.platform.internal.resources"
                        + ".OversubscriptionTracker - CPU oversubscribed"));
        assertThat(console).containsExactly("warnings: 3 × OversubscriptionTracker (CPU oversubscribed: busy"
                + " instances hold 2.32 vCPUs on 2 cores …); details in " + file);
    }

    @Test
    void nothingLoggedLeavesNoFileBehind() {
        Path file = directory.resolve("untouched").resolve("fusionize-run.log");
        LogSink.get().routeTo(file);

        LogSink.get().routeTo(null);

        assertThat(directory.resolve("untouched")).doesNotExist();
    }

    @Test
    void serverChatterIsBelowWhatIsWritten() {
        assertThat(LogSink.get().enabled("org.eclipse.jetty.server.Server", Level.INFO)).isFalse();
        assertThat(LogSink.get().enabled("org.eclipse.jetty.server.Server", Level.WARN)).isTrue();
        assertThat(LogSink.get().enabled("io.fusionize.deploy.gateway.Gateway", Level.INFO)).isTrue();
        assertThat(LogSink.get().enabled("io.fusionize.deploy.gateway.Gateway", Level.DEBUG)).isFalse();
    }

    private static java.util.Optional<Path> logFile(String... args) {
        return ConsoleLogging.logFileFor(Fusionize.commandLine().parseArgs(args));
    }
}
