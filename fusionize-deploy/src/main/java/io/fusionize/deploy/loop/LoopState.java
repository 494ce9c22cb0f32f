package io.fusionize.deploy.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a control loop needs to resume: the round it is in, every setup it deployed, the
 * version serving now, and whether exploration converged.
 *
 * @param application the application's name
 * @param round the number of rounds decided so far
 * @param currentVersion the setup version serving now, or 0 before the first deployment
 * @param entries every deployed setup, oldest first; at most one per version
 * @param converged whether the optimizer said exploration is over
 * @param convergedReason its reason, or {@code null}
 */
public record LoopState(String application, int round, int currentVersion, List<LoopEntry> entries,
        boolean converged, String convergedReason) {

    /** Checks the parts and freezes the entries. */
    public LoopState {
        Objects.requireNonNull(application, "application must not be null");
        entries = List.copyOf(entries);
    }

    /**
     * @param application the application's name
     * @return the state of a loop that has done nothing yet
     */
    public static LoopState initial(String application) {
        return new LoopState(application, 0, 0, List.of(), false, null);
    }

    /**
     * @param version a setup version
     * @return the entry deployed under it
     */
    public Optional<LoopEntry> entry(int version) {
        return entries.stream().filter(e -> e.setup().version() == version).findFirst();
    }

    /**
     * @return the entry serving now
     * @throws IllegalStateException before the first deployment
     */
    public LoopEntry current() {
        return entry(currentVersion).orElseThrow(() -> new IllegalStateException(
                "no setup of " + application + " is deployed yet"));
    }

    /** @return one more than the highest version deployed */
    public int nextVersion() {
        return entries.stream().mapToInt(e -> e.setup().version()).max().orElse(0) + 1;
    }

    /**
     * @param entry a newly deployed setup, which now serves
     * @return the new state
     */
    public LoopState withDeployed(LoopEntry entry) {
        List<LoopEntry> longer = new ArrayList<>(entries);
        longer.removeIf(e -> e.setup().version() == entry.setup().version());
        longer.add(entry);
        return new LoopState(application, round, entry.setup().version(), longer, converged, convergedReason);
    }

    /**
     * @param version a version already deployed, which serves again
     * @return the new state
     */
    public LoopState withCurrent(int version) {
        return new LoopState(application, round, version, entries, converged, convergedReason);
    }

    /**
     * @param version a deployed version
     * @param reason what made it bad
     * @return the new state
     */
    public LoopState withBad(int version, String reason) {
        List<LoopEntry> marked = entries.stream()
                .map(e -> e.setup().version() == version ? e.markedBad(reason) : e).toList();
        return new LoopState(application, round, currentVersion, marked, converged, convergedReason);
    }

    /** @return the state one round later */
    public LoopState nextRound() {
        return new LoopState(application, round + 1, currentVersion, entries, converged, convergedReason);
    }

    /** @return the state exploring again, after the workload drifted */
    public LoopState withExploring() {
        return new LoopState(application, round, currentVersion, entries, false, null);
    }

    /**
     * @param reason why exploration is over
     * @return the converged state
     */
    public LoopState withConverged(String reason) {
        return new LoopState(application, round, currentVersion, entries, true, reason);
    }
}
