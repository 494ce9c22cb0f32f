package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LiveWindowTests {

    private static final long NOW = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(NOW);
    private final LiveWindow window = new LiveWindow(Set.of("chain-Front"), clock::get);

    @Test
    void ratesCountRootRequestsErrorsColdStartsAndOversubscriptionInTheWindow() {
        window.accept(report("chain-Front", NOW - 1_000, "Success", true, false, 400));
        window.accept(report("chain-Work", NOW - 900, "Unhandled", false, true, 600));
        window.accept(report("chain-Front", NOW - 500, "Success", false, false, 200));
        window.accept(report("chain-Front", NOW - LiveWindow.WINDOW_MS - 1, "Success", true, false, 100));

        LiveFigures figures = window.figures(function -> function.equals("chain-Front") ? OptionalLong.of(2)
                : OptionalLong.empty());

        assertThat(figures.requestsPerSecond()).isCloseTo(2.0 / (LiveWindow.WINDOW_MS / 1000.0), within(1e-9));
        assertThat(figures.errorRatio()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(figures.coldStarts()).isEqualTo(1);
        assertThat(figures.coldStartsTotal()).isEqualTo(2);
        assertThat(figures.oversubscribedRatio()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(figures.functions()).extracting(LiveFigures.FunctionLoad::function)
                .containsExactly("chain-Front", "chain-Work");
        assertThat(figures.functions().get(0).live()).isEqualTo(2);
        assertThat(figures.functions().get(0).busy()).isCloseTo(600.0 / LiveWindow.WINDOW_MS, within(1e-9));
        assertThat(figures.functions().get(1).live()).isNull();
    }

    @Test
    void reportsAsJsonFeedTheWindowAndUnreadableOnesAreSkipped() {
        window.acceptJson(ProtocolJson.write(report("chain-Front", NOW - 10, "Success", false, false, 5)));
        window.acceptJson("{not json");

        assertThat(window.figures(function -> OptionalLong.empty()).invocationsTotal()).isEqualTo(1);
    }

    private static InvocationReport report(String function, long endEpochMs, String outcome, boolean cold,
            boolean oversubscribed, double durationMs) {
        return new InvocationReport("r-" + endEpochMs + function, function, "1", 512, "RequestResponse", cold,
                durationMs, (long) durationMs, 0, 60, 1e-7, outcome, null, endEpochMs - (long) durationMs, endEpochMs,
                false, false, oversubscribed);
    }
}
