package io.fusionize.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.TaskFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ErrorReporterTests {

    @Test
    void showsTheMessageOfAUserErrorOnOneLine() {
        assertThat(ErrorReporter.describe(new IllegalArgumentException("bad\n  input")))
                .isEqualTo("bad input");
    }

    @Test
    void showsWhichTaskFailed() {
        assertThat(ErrorReporter.describe(new TaskFailedException("CW", "java.lang.IllegalStateException", "boom")))
                .isEqualTo("CW failed with java.lang.IllegalStateException: boom");
    }

    @Test
    void showsAnIoProblem() {
        assertThat(ErrorReporter.describe(new UncheckedIOException("cannot open x", new IOException("denied"))))
                .isEqualTo("cannot open x");
    }

    @Test
    void namesTheTypeOfAnUnexpectedErrorAndHowToSeeMore() {
        assertThat(ErrorReporter.describe(new IllegalStateException("broken")))
                .isEqualTo("IllegalStateException: broken (set FUSIONIZE_DEBUG=1 for details)");
    }
}
