package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.api.RequestMix;
import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.deploy.load.GatewayRequestSender;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.load.RecordingGateway;
import io.fusionize.deploy.load.RequestNumbering;
import io.fusionize.deploy.load.RequestOrigin;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.optimizer.SetupJudge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rounds as {@code fusionize run} drives them, each ending after a number of requests, with the
 * load's numbering restarted whenever a round starts: every round sends the same requests.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RoundRequestsTests {

    private static final String APP = "greeting";
    private static final int ROUND_REQUESTS = 4;

    @Test
    void everyRoundSendsTheSameSequenceOfRequests() throws Exception {
        RequestMix mix = RequestMix.builder()
                .add(1, "Greet", random -> "{\"name\":\"guest-" + random.nextInt(10_000) + "\"}")
                .add(1, "Wave", random -> "{\"times\":" + random.nextInt(10) + "}").build();
        LoadRequests requests = new LoadRequests(mix, RequestOrigin.application(true, 42));
        try (RecordingGateway gateway = new RecordingGateway()) {
            RequestNumbering load = new RequestNumbering(GatewayRequestSender.of(gateway.uri(), APP, requests,
                    Duration.ofSeconds(60)));
            RoundEngine engine = new RoundEngine(new RoundDecider(memorySweep(), new SetupJudge(), 0),
                    new ServingStage(), RoundEnd.afterRequests(ROUND_REQUESTS, () -> gateway.received().size())
                            .alsoOnRestart(load::restart), RoundLimits.continuous(0), (state, decision) -> { });
            engine.resume(LoopState.initial(APP).withDeployed(new LoopEntry(greeting(1, 1024), "initial", false,
                    null)));

            List<List<String>> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                // the schedule's own numbers run on across rounds; the load's restart at 0
                for (int i = 0; i < ROUND_REQUESTS; i++) {
                    load.send(round * ROUND_REQUESTS + i);
                }
                assertThat(engine.playRoundIfDue()).as("round %d is due", round + 1).isPresent();
                List<String> received = gateway.received();
                rounds.add(received.subList(received.size() - ROUND_REQUESTS, received.size()));
            }

            assertThat(engine.state().round()).isEqualTo(3);
            assertThat(rounds.get(1)).isEqualTo(rounds.get(0));
            assertThat(rounds.get(2)).isEqualTo(rounds.get(0));
            assertThat(rounds.get(0)).doesNotHaveDuplicates();
        }
    }

    /** Doubles the memory every round and never converges. */
    private static Optimizer memorySweep() {
        return history -> {
            Setup last = history.last().setup();
            Setup next = greeting(history.nextVersion(), last.functions().get(0).memoryMb() * 2);
            return new Proposal.NextSetup(next, SetupDiff.between(last, next), "the sweep tries more memory");
        };
    }

    private static Setup greeting(int version, int memoryMb) {
        return new Setup(APP, version, List.of(new FunctionSpec("Greet", memoryMb, Set.of(), Set.of())));
    }

    /** Serves every setup at once; nothing is measured, so each round goes to the optimizer. */
    private static final class ServingStage implements SetupStage {

        @Override
        public Setup deploy(Setup setup) {
            return setup;
        }

        @Override
        public void serveAgain(Setup setup) {
            // nothing serves anywhere
        }

        @Override
        public IntFunction<SetupStatistics> measurements() {
            return version -> SetupStatistics.empty(APP, version);
        }
    }
}
