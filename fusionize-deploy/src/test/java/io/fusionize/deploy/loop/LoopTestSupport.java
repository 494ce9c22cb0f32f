package io.fusionize.deploy.loop;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared pieces of the control-loop tests. */
final class LoopTestSupport {

    private LoopTestSupport() {
    }

    /** How long tests let an instance start: a shared 2-core machine can be slow at times. */
    static final Duration PATIENT_INIT = Duration.ofMinutes(2);

    /** Every function's timeout in the tests, in seconds, for the same reason. */
    static final int PATIENT_TIMEOUT_SECONDS = 120;

    /** @return an embedded platform in the given directory, started, patient with slow starts */
    static PlatformConnection embeddedPlatform(Path stateDirectory) {
        LocalPlatform platform = LocalPlatform.builder().stateDir(stateDirectory).port(0)
                .settings(PlatformSettings.defaults().toBuilder().initTimeout(PATIENT_INIT).build()).build();
        platform.start();
        return PlatformConnection.embedded(platform);
    }

    /** An optimizer that never converges: it cycles through greeting setups, one per round. */
    static Optimizer cyclingGreetingSetups() {
        List<Setup> variants = List.of(
                greeting(0, 1024, Set.of()), greeting(0, 1024, Set.of("Shout")),
                greeting(0, 1536, Set.of()), greeting(0, 1536, Set.of("Shout")));
        return history -> {
            Setup last = history.last().setup();
            int version = history.nextVersion();
            Setup next = variants.get(version % variants.size()).withVersion(version);
            return new Proposal.NextSetup(next, SetupDiff.between(last, next), "the test asks for another switch");
        };
    }

    static Setup greeting(int version, int memoryMb, Set<String> inlineIntoGreet) {
        return new Setup("greeting", version, List.of(
                new FunctionSpec("Greet", memoryMb, inlineIntoGreet, Set.of()),
                new FunctionSpec("Shout", memoryMb, Set.of(), Set.of()),
                new FunctionSpec("Note", memoryMb, Set.of(), Set.of())));
    }

    /** Collects what a loop says. */
    static final class Transcript {

        final List<String> lines = new CopyOnWriteArrayList<>();

        void say(String line) {
            System.out.println("LOOP " + line);
            lines.add(line);
        }

        boolean contains(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }
    }
}
