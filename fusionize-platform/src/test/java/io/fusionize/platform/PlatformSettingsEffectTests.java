package io.fusionize.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.platform.invoke.InvokeResult;
import io.fusionize.platform.invoke.NetworkOverhead;
import io.fusionize.platform.support.Events;
import io.fusionize.platform.support.Functions;
import io.fusionize.platform.support.Reports;
import io.fusionize.platform.support.TestCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keep-alive eviction, the instance cap and emulated network overhead, each with real instances. */
class PlatformSettingsEffectTests {

    private static final Duration KEEP_ALIVE = Duration.ofMillis(1500);
    private static final Duration OVERHEAD = Duration.ofMillis(150);

    @TempDir
    static Path dir;
    static LocalPlatform platform;
    static Reports reports = new Reports();
    static Path code;

    @BeforeAll
    static void start() throws Exception {
        PlatformSettings settings = PlatformSettings.defaults().toBuilder().keepAlive(KEEP_ALIVE).maxInstances(1)
                .networkOverhead(NetworkOverhead.fixed(OVERHEAD)).build();
        platform = LocalPlatform.builder().stateDir(dir.resolve("state")).port(0).settings(settings).build().start();
        platform.addReportListener(reports);
        code = TestCode.directory(Files.createDirectories(dir.resolve("code")));
        Functions.create(platform, "alpha", code, TestCode.HANDLER, 256, 10);
        Functions.create(platform, "beta", code, TestCode.HANDLER, 256, 10);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void idleInstancesAreEvictedAfterTheKeepAlive() {
        InvokeResult first = Functions.invoke(platform, "alpha", Events.action("whoami"));
        assertThat(platform.liveInstances("alpha")).isEqualTo(1);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> platform.liveInstances("alpha") == 0);

        InvokeResult next = Functions.invoke(platform, "alpha", Events.action("whoami"));
        assertThat(reports.of(next.requestId()).coldStart()).isTrue();
        assertThat(pid(next)).isNotEqualTo(pid(first));
    }

    @Test
    void theInstanceCapEvictsTheLeastRecentlyUsedIdleInstance() {
        Functions.invoke(platform, "alpha", Events.action("whoami"));
        InvokeResult beta = Functions.invoke(platform, "beta", Events.action("whoami"));

        assertThat(reports.of(beta.requestId()).coldStart()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> platform.liveInstances() == 1);
        assertThat(platform.liveInstances("beta")).isEqualTo(1);
    }

    @Test
    void networkOverheadDelaysTheCallerButNotTheBilledDuration() {
        Functions.invoke(platform, "beta", Events.action("whoami"));

        long start = System.nanoTime();
        InvokeResult warm = Functions.invoke(platform, "beta", Events.action("whoami"));
        double elapsedMs = (System.nanoTime() - start) / 1e6;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(OVERHEAD.toMillis());
        assertThat(reports.of(warm.requestId()).durationMs()).isLessThan(OVERHEAD.toMillis());
        assertThat(platform.startupSummary()).anySatisfy(line -> assertThat(line).contains("fixed(150.0ms)"));
    }

    private static String pid(InvokeResult result) {
        return Events.text(result.body()).replaceAll(".*\"pid\":(\\d+).*", "$1");
    }
}
