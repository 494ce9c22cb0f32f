package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FunctionCode;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.Prober;
import io.fusionize.reliability.support.ProcessProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instances that misuse the Runtime API: one prints megabytes of logs, one never answers its
 * invocation, one never asks for an invocation at all. Each call must end with a success or with
 * Lambda's error, and the platform must keep serving another function meanwhile.
 */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class RuntimeApiFaultTests {

    /** Long enough for a cold start on a busy machine, short enough to wait for. */
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(60);
    private static final int HANG_TIMEOUT_SECONDS = 5;
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(5);

    @TempDir
    static Path directory;

    private static FaultPlatform platform;

    @BeforeAll
    static void start() {
        platform = FaultPlatform.start(directory, INIT_TIMEOUT);
        platform.create("chatty", FunctionCode.FAULT_HANDLER, 512, 300);
        platform.create("hanging", FunctionCode.FAULT_HANDLER, 256, HANG_TIMEOUT_SECONDS);
        platform.create("stuck", FunctionCode.STUCK_INIT_HANDLER, 256, 30);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /**
     * Must hold: an invocation that prints 50 MB of logs succeeds, the platform's memory does not
     * grow with the logs, and another function answers meanwhile.
     */
    @Test
    void megabytesOfLogsEndInASuccessAndDoNotStallTheOthers() {
        long pid = platform.process().process().pid();
        long rssBefore = ProcessProbe.read(pid).rssKb();
        Invoker.Answer answer;
        try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
            answer = platform.invoker().sync("chatty", null, "{\"action\":\"logs\",\"mb\":50}", CLIENT_LIMIT);
            assertThat(prober.failures()).as("probes while the logs poured").isEmpty();
            System.out.println("logs: " + answer + "; " + prober);
        }
        long rssAfter = ProcessProbe.read(pid).rssKb();
        assertThat(answer.ok()).as("answer: %s", answer).isTrue();
        assertThat(answer.body()).contains("\"lines\":");
        assertThat(rssAfter - rssBefore).as("platform RSS growth in KiB (before %d)", rssBefore)
                .isLessThan(200 * 1024);
        assertThat(platform.invoker().sync("chatty", null, "{}", CLIENT_LIMIT).ok()).isTrue();
    }

    /**
     * Must hold: an invocation whose handler never answers ends after its timeout with
     * {@code Sandbox.Timedout}, and the next invocation of the function succeeds on a fresh instance.
     */
    @Test
    void anInvocationThatNeverAnswersTimesOutAndTheNextOneSucceeds() {
        Invoker.Answer hung;
        try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
            hung = platform.invoker().sync("hanging", null, "{\"action\":\"hang\"}", CLIENT_LIMIT);
            assertThat(prober.failures()).as("probes while the handler hung").isEmpty();
        }
        System.out.println("hang: " + hung);
        assertThat(hung.status()).isEqualTo(200);
        assertThat(hung.functionError()).isNotNull();
        assertThat(hung.body()).contains(LambdaErrors.TIMEOUT)
                .contains(String.format(java.util.Locale.ROOT, LambdaErrors.TIMEOUT_MESSAGE_FORMAT,
                        (double) HANG_TIMEOUT_SECONDS));
        assertThat(hung.millis()).isGreaterThanOrEqualTo(HANG_TIMEOUT_SECONDS * 1000L);

        Invoker.Answer next = platform.invoker().sync("hanging", null, "{}", CLIENT_LIMIT);
        assertThat(next.ok()).as("next: %s", next).isTrue();
    }

    /**
     * Must hold: an instance that never asks the Runtime API for work ends its invocation with
     * {@code Sandbox.Timedout} after the init timeout, and the platform stays healthy.
     */
    @Test
    void anInstanceThatNeverAsksForWorkTimesOutItsInit() {
        Invoker.Answer stuck;
        try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
            stuck = platform.invoker().sync("stuck", null, "{}", CLIENT_LIMIT);
            assertThat(prober.failures()).as("probes while the instance was stuck").isEmpty();
        }
        System.out.println("stuck: " + stuck);
        assertThat(stuck.status()).isEqualTo(200);
        assertThat(stuck.functionError()).isNotNull();
        assertThat(stuck.body()).contains(LambdaErrors.TIMEOUT).contains("Init timed out after 60.00 seconds");
        assertThat(platform.invoker().health(Duration.ofSeconds(30)).status()).isEqualTo(200);
    }
}
