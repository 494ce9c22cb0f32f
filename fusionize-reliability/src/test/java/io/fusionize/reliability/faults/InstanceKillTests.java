package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.reliability.apps.ChainApplication;
import io.fusionize.reliability.apps.HoldTask;
import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FusionDeployment;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.Prober;
import io.fusionize.reliability.support.Sleep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An instance process killed with SIGKILL in the middle of a synchronous call chain. */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class InstanceKillTests {

    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path directory;

    /**
     * Must hold: the caller of the chain gets an answer naming the callee's crash
     * ({@code Runtime.ExitError}) soon after the kill; the next request succeeds on a fresh
     * instance; another function answers throughout.
     */
    @Test
    void killingTheCalleeMidChainGivesTheCallerAnExitErrorAndTheNextRequestSucceeds() throws Exception {
        Path holdDir = Files.createDirectories(directory.resolve("hold"));
        try (FaultPlatform platform = FaultPlatform.start(directory)) {
            FusionDeployment.allRemote(platform, ChainApplication.NAME, 300, directory.resolve("artifacts"));
            Invoker invoker = platform.invoker();
            String held = "{\"dir\":\"" + holdDir + "\",\"hold\":true}";
            try (Prober prober = Prober.start(invoker, FaultPlatform.PROBE)) {
                CompletableFuture<Invoker.Answer> call = CompletableFuture.supplyAsync(
                        () -> invoker.sync("chain-Chain", FusionDeployment.QUALIFIER, held, CLIENT_LIMIT));
                long holdPid = awaitPid(holdDir.resolve(HoldTask.PID_FILE), call);
                Instant kill = Instant.now();
                ProcessHandle.of(holdPid).orElseThrow().destroyForcibly();
                Invoker.Answer answer = call.get(CLIENT_LIMIT.toSeconds() + 30, TimeUnit.SECONDS);
                long afterKillMs = Duration.between(kill, Instant.now()).toMillis();
                System.out.println("instance kill: answered " + afterKillMs + " ms after the kill: " + answer);

                // a task failure is the fusion response's error, naming the callee and the platform's error type
                assertThat(answer.answered()).as("answer: %s", answer).isTrue();
                assertThat(answer.body()).startsWith("{\"error\":").contains(LambdaErrors.EXIT)
                        .contains("Hold failed");
                assertThat(afterKillMs).as("ms from the kill to the answer").isLessThan(60_000);

                Files.delete(holdDir.resolve(HoldTask.PID_FILE));
                Invoker.Answer next = invoker.sync("chain-Chain", FusionDeployment.QUALIFIER,
                        "{\"dir\":\"" + holdDir + "\",\"hold\":false}", CLIENT_LIMIT);
                assertThat(next.ok()).as("next: %s", next).isTrue();
                assertThat(next.body()).contains("held by").doesNotContain("held by " + holdPid);
                assertThat(prober.failures()).as("probes during the kill").isEmpty();
                System.out.println("instance kill: " + prober);
            }
        }
    }

    private static long awaitPid(Path pidFile, CompletableFuture<Invoker.Answer> call) throws Exception {
        Instant end = Instant.now().plus(CLIENT_LIMIT);
        while (!Files.exists(pidFile)) {
            if (call.isDone() || Instant.now().isAfter(end)) {
                throw new AssertionError("Hold never started; the call ended with " + call.getNow(null));
            }
            Sleep.millis(50);
        }
        return Long.parseLong(Files.readString(pidFile).trim());
    }
}
