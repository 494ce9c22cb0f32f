package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.PlatformFixture;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keep-alive eviction, the instance cap and emulated network overhead, each with real instances. */
class PlatformSettingsEffectTests {

    private static final Duration KEEP_ALIVE = Duration.ofMillis(1500);
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

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> fixture.platform().liveInstances("alpha") == 0);

        InvokeResult next = fixture.invoke("alpha", Events.action("whoami"));
        assertThat(fixture.reportOf(next).coldStart()).isTrue();
        assertThat(Events.pid(next.body())).isNotEqualTo(Events.pid(first.body()));
    }

    @Test
    void theInstanceCapEvictsTheLeastRecentlyUsedIdleInstance() {
        fixture.invoke("alpha", Events.action("whoami"));
        InvokeResult beta = fixture.invoke("beta", Events.action("whoami"));

        assertThat(fixture.reportOf(beta).coldStart()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> fixture.platform().liveInstances() == 1);
        assertThat(fixture.platform().liveInstances("beta")).isEqualTo(1);
    }

    @Test
    void networkOverheadDelaysTheCallerButNotTheBilledDuration() {
        fixture.invoke("beta", Events.action("whoami"));

        long start = System.nanoTime();
        InvokeResult warm = fixture.invoke("beta", Events.action("whoami"));
        double elapsedMs = (System.nanoTime() - start) / 1e6;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(OVERHEAD.toMillis());
        assertThat(fixture.reportOf(warm).durationMs()).isLessThan(OVERHEAD.toMillis());
        assertThat(fixture.platform().startupSummary()).anySatisfy(line -> assertThat(line).contains("fixed(150.0ms)"));
    }
}
