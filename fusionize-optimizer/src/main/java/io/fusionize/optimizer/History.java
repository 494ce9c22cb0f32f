package io.fusionize.optimizer;

import io.fusionize.core.setup.Setup;
import io.fusionize.optimizer.internal.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The setups deployed for one application, oldest first, with their measurements.
 *
 * @param entries the deployed setups in deployment order
 * @param servingVersion the version serving requests now, when it is not simply the newest good
 *     one (after a rollback or a switch to the best setup); {@code null} when unknown
 */
public record History(List<DeployedSetup> entries, Integer servingVersion) {

    /** Checks that every entry belongs to the same application and the serving version is one of them. */
    public History {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries must not be null"));
        long applications = entries.stream().map(e -> e.setup().application()).distinct().count();
        if (applications > 1) {
            throw new IllegalArgumentException("a history holds the setups of one application, found "
                    + applications);
        }
        if (servingVersion != null && entries.stream().noneMatch(e -> e.setup().version() == servingVersion)) {
            throw new IllegalArgumentException("serving version v" + servingVersion + " is not in the history");
        }
    }

    /**
     * A history without a declared serving version.
     *
     * @param entries the deployed setups in deployment order
     */
    public History(List<DeployedSetup> entries) {
        this(entries, null);
    }

    /**
     * @param version the version serving requests now
     * @return this history, knowing which version serves
     */
    public History serving(int version) {
        return new History(entries, version);
    }

    /** @return the entry serving requests now: the declared one, else the newest good one */
    public Optional<DeployedSetup> serving() {
        if (servingVersion == null) {
            return lastGood();
        }
        return entries.stream().filter(e -> e.setup().version() == servingVersion).reduce((first, later) -> later);
    }

    /**
     * @param entries the deployed setups in deployment order
     * @return their history
     */
    public static History of(DeployedSetup... entries) {
        return new History(List.of(entries));
    }

    /**
     * @param entry a setup deployed after every one here
     * @return this history with it appended; the new entry serves unless it is marked bad
     */
    public History append(DeployedSetup entry) {
        List<DeployedSetup> longer = new ArrayList<>(entries);
        longer.add(Objects.requireNonNull(entry, "entry must not be null"));
        return new History(longer, null);
    }

    /** @return whether nothing was deployed yet */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @return the newest entry
     * @throws IllegalStateException when the history is empty
     */
    public DeployedSetup last() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("the history is empty");
        }
        return entries.get(entries.size() - 1);
    }

    /** @return the newest entry not marked bad: the setup running after any rollback */
    public Optional<DeployedSetup> lastGood() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!entries.get(i).bad()) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return the entries not marked bad, oldest first */
    public List<DeployedSetup> good() {
        return entries.stream().filter(e -> !e.bad()).toList();
    }

    /**
     * @param setup a setup, of any version
     * @return whether a setup with the same functions was marked bad
     */
    public boolean isMarkedBad(Setup setup) {
        return entries.stream().anyMatch(e -> e.bad() && Plans.samePlan(e.setup(), setup));
    }

    /**
     * @param setup a setup, of any version
     * @return whether a setup with the same functions was deployed before
     */
    public boolean wasDeployed(Setup setup) {
        return deployment(setup).isPresent();
    }

    /**
     * @param setup a setup, of any version
     * @return the first deployment of a setup with the same functions, if there was one
     */
    public Optional<DeployedSetup> deployment(Setup setup) {
        return entries.stream().filter(e -> Plans.samePlan(e.setup(), setup)).findFirst();
    }

    /** @return one more than the highest version deployed, or 1 */
    public int nextVersion() {
        return entries.stream().mapToInt(e -> e.setup().version()).max().orElse(0) + 1;
    }
}
