package io.fusionize.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ErrorReportTests {

    @Test
    void escapesJsonSpecialCharacters() {
        ErrorReport report = new ErrorReport("T", "a \"quote\"\\ and\nnew line\u0001", List.of("f1"));
        assertThat(report.toJson()).isEqualTo(
                "{\"errorMessage\":\"a \\\"quote\\\"\\\\ and\\nnew line\\u0001\",\"errorType\":\"T\","
                        + "\"stackTrace\":[\"f1\"]}");
    }

    @Test
    void describesAnExceptionByClassAndMessage() {
        ErrorReport report = ErrorReport.of(new IllegalStateException("boom"));
        assertThat(report.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(report.errorMessage()).isEqualTo("boom");
        assertThat(report.stackTrace()).isNotEmpty();
    }

    @Test
    void nullMessageBecomesEmpty() {
        assertThat(ErrorReport.of(new RuntimeException()).errorMessage()).isEmpty();
    }
}
