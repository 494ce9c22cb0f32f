package io.fusionize.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.CliProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The demo's console holds progress, decisions and counted warnings, never a library's or a platform's log line. */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class DemoConsoleTests {

    /** The shapes a log line takes: SLF4J's simple logger, the command's own sink, SLF4J itself, java.util.logging. */
    private static final List<Pattern> LOG_LINES = List.of(
            Pattern.compile("^\\[[^\\]]*\\] (TRACE|DEBUG|INFO|WARN|ERROR) "),
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+ (TRACE|DEBUG|INFO|WARN|ERROR) \\["),
            Pattern.compile("^SLF4J"),
            Pattern.compile("^(SEVERE|WARNING|INFO|FINE): "));

    @TempDir
    Path out;

    @Test
    void theDemoPrintsNoLogLineFromALibraryOrAPlatformThread() throws Exception {
        // Nothing the demo prints contains this, so it runs to its end.
        List<String> lines = CliProcess.runUntil("\u0000", "demo", "--out", out.toString());

        assertThat(lines).as(String.join("\n", lines)).anyMatch(line -> line.contains("full report: "));
        assertThat(lines).noneMatch(line -> LOG_LINES.stream().anyMatch(p -> p.matcher(line).find()));
        assertThat(lines).filteredOn(line -> line.contains("warnings: "))
                .allMatch(line -> line.contains("details in " + out.resolve("fusionize-demo.log")));
    }
}
