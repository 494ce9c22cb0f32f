package io.fusionize.deploy.loop;

import io.fusionize.core.setup.Setup;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.artifact.FunctionArtifact;
import io.fusionize.deploy.deployer.DeployedVersion;
import io.fusionize.deploy.deployer.Deployer;
import io.fusionize.deploy.gateway.VersionRouter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Deploys setup versions, switches the gateway to them, and retires the versions they replace
 * once those have drained and stayed quiet for a while (their async work and its retries still
 * need their aliases).
 *
 * <p>Deploying a version and switching to it is one step under the platform lock, and so is
 * retiring one: a retirement never runs between redeploying a version (for a rollback) and
 * switching back to it. A retirement only deletes its version when no switch to that version has
 * happened since the slot it waited for was replaced.
 */
final class Rollout implements AutoCloseable {

    /** Where versions are deployed and removed; the {@link Deployer} in production. */
    interface VersionPlatform {

        /**
         * @param setup the setup to deploy under its version
         * @return the deployed version
         */
        DeployedVersion deploy(Setup setup);

        /**
         * @param retired the version to remove
         * @param live the versions still deployed
         */
        void retire(DeployedVersion retired, Collection<DeployedVersion> live);
    }

    private final VersionPlatform deployer;
    private final ArtifactBuilder artifacts;
    private final VersionRouter router;
    private final Duration drainTimeout;
    private final Duration quietPeriod;
    private final Consumer<String> log;
    private final Object platformLock = new Object();
    private final Map<Integer, DeployedVersion> live = new ConcurrentHashMap<>();
    private final ExecutorService retirements = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "version-retirement");
        thread.setDaemon(true);
        return thread;
    });
    /** The slot each version got when it was last switched to; guarded by the platform lock. */
    private final Map<Integer, VersionRouter.Slot> latestSlots = new HashMap<>();
    private volatile int switches;

    Rollout(Deployer deployer, ArtifactBuilder artifacts, VersionRouter router, Duration drainTimeout,
            Duration quietPeriod, Consumer<String> log) {
        this(new VersionPlatform() {
            @Override
            public DeployedVersion deploy(Setup setup) {
                return deployer.deploy(setup);
            }

            @Override
            public void retire(DeployedVersion retired, Collection<DeployedVersion> live) {
                deployer.retire(retired, live);
            }
        }, artifacts, router, drainTimeout, quietPeriod, log);
    }

    Rollout(VersionPlatform deployer, ArtifactBuilder artifacts, VersionRouter router, Duration drainTimeout,
            Duration quietPeriod, Consumer<String> log) {
        this.deployer = deployer;
        this.artifacts = artifacts;
        this.router = router;
        this.drainTimeout = drainTimeout;
        this.quietPeriod = quietPeriod;
        this.log = log;
    }

    /**
     * Deploys a setup under its version and makes it the one new requests go to.
     *
     * @return the deployed version
     */
    DeployedVersion deployAndSwitch(Setup setup) {
        DeployedVersion deployed;
        Optional<VersionRouter.Slot> previous;
        // One step: no retirement may delete the version between its deployment and the switch.
        synchronized (platformLock) {
            deployed = deployer.deploy(setup);
            live.put(setup.version(), deployed);
            previous = router.switchTo(setup);
            router.currentSlot().ifPresent(slot -> latestSlots.put(slot.version(), slot));
            switches++;
        }
        log.accept(describe(deployed));
        previous.filter(slot -> slot.version() != setup.version()).ifPresent(this::retireLater);
        return deployed;
    }

    /** @return how many times the gateway was switched */
    int switches() {
        return switches;
    }

    /** @return the packages of every version still deployed */
    Set<Path> livePackages() {
        return live.values().stream().flatMap(v -> v.artifacts().stream()).map(FunctionArtifact::zip)
                .collect(Collectors.toSet());
    }

    /** @return the versions still deployed */
    Set<Integer> liveVersions() {
        return Set.copyOf(live.keySet());
    }

    private void retireLater(VersionRouter.Slot slot) {
        retirements.submit(() -> retire(slot));
    }

    private void retire(VersionRouter.Slot slot) {
        try {
            if (!slot.awaitDrained(drainTimeout)) {
                log.accept("v" + slot.version() + " still has " + slot.inFlight() + " requests after "
                        + drainTimeout.toSeconds() + " s; retiring it anyway");
            }
            Thread.sleep(quietPeriod.toMillis());
            synchronized (platformLock) {
                VersionRouter.Slot latest = latestSlots.get(slot.version());
                if (latest == null) {
                    return; // retired already by a later slot of the same version
                }
                // Switched to again since this slot was replaced: the newer slot's retirement decides.
                boolean servesAgain = latest != slot
                        || router.currentSetup().map(s -> s.version() == slot.version()).orElse(false);
                if (servesAgain) {
                    log.accept("kept v" + slot.version() + ": it was switched to again");
                    return;
                }
                DeployedVersion retired = live.remove(slot.version());
                if (retired != null) {
                    latestSlots.remove(slot.version());
                    deployer.retire(retired, List.copyOf(live.values()));
                    // Every version has packages of its own; keep only those still deployed.
                    artifacts.retainOnly(livePackages());
                    log.accept("retired v" + slot.version() + " after it served " + slot.served() + " requests");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.accept("could not retire v" + slot.version() + ": " + e.getMessage());
        }
    }

    private static String describe(DeployedVersion deployed) {
        StringBuilder text = new StringBuilder(String.format(
                "deployed v%d in %d ms: %d functions, %,d bytes of packages",
                deployed.version(), deployed.took().toMillis(), deployed.artifacts().size(), deployed.artifactBytes()));
        deployed.artifacts().forEach(a -> text.append(System.lineSeparator()).append("  ").append(a.summary()));
        return text.toString();
    }

    /** Stops waiting retirements; versions not yet retired stay deployed. */
    @Override
    public void close() {
        retirements.shutdownNow();
        try {
            retirements.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
