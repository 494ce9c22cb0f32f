package io.fusionize.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.acceptance.Processes.Finished;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's path from nothing to an optimized application: {@code fusionize new app}, the new
 * project's own offline Maven build with its test-kit test, then {@code fusionize run --app-jar}
 * on the jar it built, on the embedded platform, with no failed request.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class NewApplicationPathTests {

    private static final Pattern TOTALS = Pattern.compile("gateway: (\\d+) requests answered, (\\d+) failed");

    @TempDir
    Path work;

    @Test
    void aNewApplicationBuildsTestsAndRunsThroughItsJar() throws Exception {
        Finished created = Processes.fusionize(work, Duration.ofMinutes(2), "new", "app", "shopfront",
                "--package", "org.acme.shopfront", "--dir", "shopfront");
        assertThat(created.exitCode()).as(created.output()).isZero();
        Path project = work.resolve("shopfront");

        Finished build = Processes.maven(project, Duration.ofMinutes(8), "-q", "verify");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(project.resolve("target/shopfront.jar")).isRegularFile();
        assertThat(Files.list(project.resolve("target/surefire-reports")).map(Path::toString))
                .anyMatch(name -> name.endsWith("ShopfrontTests.txt"));

        Finished run = Processes.fusionize(project, Duration.ofMinutes(10), "run", "--app-jar", "target/shopfront.jar",
                "--app", "shopfront", "--load", "2", "--round-requests", "40", "--max-rounds", "3");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("final setup v");
        Matcher totals = TOTALS.matcher(run.output());
        assertThat(totals.find()).as(run.output()).isTrue();
        assertThat(Long.parseLong(totals.group(1))).isGreaterThanOrEqualTo(120);
        assertThat(Long.parseLong(totals.group(2))).as(run.output()).isZero();
    }
}
