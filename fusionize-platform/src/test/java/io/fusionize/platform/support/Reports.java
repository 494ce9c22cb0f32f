package io.fusionize.platform.support;

import io.fusionize.protocol.telemetry.InvocationReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.awaitility.Awaitility;

/** Collects reports and waits for the one of a request. */
public final class Reports implements Consumer<InvocationReport> {

    private final List<InvocationReport> received = new CopyOnWriteArrayList<>();

    @Override
    public void accept(InvocationReport report) {
        received.add(report);
    }

    /**
     * @param requestId a request id
     * @return its report, waiting up to 60 s for it
     */
    public InvocationReport of(String requestId) {
        return Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> received.stream().filter(r -> r.requestId().equals(requestId)).findFirst().orElse(null),
                        report -> report != null);
    }

    /** @return every report so far */
    public List<InvocationReport> all() {
        return List.copyOf(received);
    }
}
