package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.PlatformFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keep-alive eviction, the instance cap and emulated network overhead, each with real instances. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PlatformSettingsEffectTests {

    /** Long enough that no pause of a busy machine between an invoke and the next check outlasts it. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration OVERHEAD = Duration.ofMillis(150);

    @RegisterExtension
    static final PlatformFixture fixture = new PlatformFixture(PlatformSettings.defaults().toBuilder()
            .keepAlive(KEEP_ALIVE).maxInstances(1).networkOverhead(NetworkOverhead.fixed(OVERHEAD)).build());

    @BeforeAll
    static void createFunctions() {
        fixture.create("alpha", 256, 10);
        fixture.create("beta", 256, 10);
    }

    @Test
    void idleInstancesAreEvictedAfterTheKeepAlive() {
        InvokeResult first = fixture.invoke("alpha", Events.action("whoami"));
        assertThat(fixture.platform().liveInstances("alpha")).isEqualTo(1);

        Awaitility.await().atMost(PATIENCE).until(() -> fixture.platform().liveInstances("alpha") == 0);

        InvokeResult next = fixture.invoke("alpha", Events.action("whoami"));
        assertThat(fixture.reportOf(next).coldStart()).isTrue();
        assertThat(Events.pid(next.body())).isNotEqualTo(Events.pid(first.body()));
    }

    @Test
    void theInstanceCapEvictsTheLeastRecentlyUsedIdleInstance() {
        fixture.invoke("alpha", Events.action("whoami"));
        InvokeResult beta = fixture.invoke("beta", Events.action("whoami"));

        assertThat(fixture.reportOf(beta).coldStart()).isTrue();
        Awaitility.await().atMost(PATIENCE).until(() -> fixture.platform().liveInstances() == 1);
        assertThat(fixture.platform().liveInstances("beta")).isEqualTo(1);
    }

    @Test
    void networkOverheadDelaysTheCallerButNotTheBilledDuration() {
        fixture.invoke("beta", Events.action("whoami"));

        long start = System.nanoTime();
        InvokeResult warm = fixture.invoke("beta", Events.action("whoami"));
        double elapsedMs = (System.nanoTime() - start) / 1e6;

        // the caller waited the overhead on top of the billed duration, which therefore leaves it out
        assertThat(elapsedMs).isGreaterThanOrEqualTo(OVERHEAD.toMillis());
        assertThat(fixture.reportOf(warm).durationMs() + OVERHEAD.toMillis()).isLessThanOrEqualTo(elapsedMs);
        assertThat(fixture.platform().startupSummary()).anySatisfy(line -> assertThat(line).contains("fixed(150.0ms)"));
    }
}
