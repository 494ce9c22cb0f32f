package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TraceVersionAuditTests {

    private final TraceVersionAudit audit = new TraceVersionAudit();

    @Test
    void countsRecordsOfATraceSeenUnderAnotherVersion() {
        audit.acceptLogLine("FUSIONIZE_RECORD {\"traceId\":\"t1\",\"setupVersion\":3}");
        audit.acceptLogLine("FUSIONIZE_RECORD {\"traceId\":\"t1\",\"setupVersion\":3}");
        audit.acceptLogLine("FUSIONIZE_RECORD {\"traceId\":\"t2\",\"setupVersion\":4}");
        audit.acceptLogLine("FUSIONIZE_RECORD {\"traceId\":\"t1\",\"setupVersion\":4}");

        assertThat(audit.records()).isEqualTo(4);
        assertThat(audit.mixedVersionRecords()).isEqualTo(1);
    }

    @Test
    void ignoresOtherLinesAndUnreadableRecords() {
        audit.acceptLogLine("starting up");
        audit.acceptLogLine("FUSIONIZE_RECORD {broken");

        assertThat(audit.records()).isZero();
    }
}
