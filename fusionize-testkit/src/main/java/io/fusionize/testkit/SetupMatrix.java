package io.fusionize.testkit;

import io.fusionize.api.Application;
import io.fusionize.core.setup.InvalidSetupException;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The setups a request is run under: all-remote, all-local, valid setups drawn at random from
 * seeds, and setups written by hand. A matrix is a recipe; {@link #setupsFor(Application)} makes
 * the setups of one application. It is immutable: each {@code with} method returns a new matrix.
 *
 * <pre>{@code
 * SetupMatrix.standard()                              // all-remote, all-local, random seeds 1 to 5
 * SetupMatrix.baselines().withRandom(20, 42)          // all-remote, all-local, random seeds 42 to 61
 * SetupMatrix.baselines().with("hot path", "shop v1: Checkout+Price@512, Ship@128")
 * }</pre>
 */
public final class SetupMatrix {

    /** How many random setups {@link #standard()} draws. */
    public static final int DEFAULT_RANDOM_SETUPS = 5;
    /** The first seed {@link #standard()} draws from. */
    public static final long DEFAULT_SEED = 1;
    /** The label of the setup that runs every task as its own function. */
    public static final String ALL_REMOTE = "all-remote";
    /** The label of the setup that runs everything an entry reaches inline. */
    public static final String ALL_LOCAL = "all-local";

    private final List<Entry> entries;

    private SetupMatrix(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return a matrix without setups, for one of hand-written setups only */
    public static SetupMatrix none() {
        return new SetupMatrix(List.of());
    }

    /** @return all-remote and all-local */
    public static SetupMatrix baselines() {
        return new SetupMatrix(List.of(new Entry(ALL_REMOTE, SetupGenerators::allRemote),
                new Entry(ALL_LOCAL, SetupGenerators::allLocal)));
    }

    /**
     * @return all-remote, all-local and {@value #DEFAULT_RANDOM_SETUPS} random setups, from seed
     *     {@value #DEFAULT_SEED} on
     */
    public static SetupMatrix standard() {
        return of(DEFAULT_RANDOM_SETUPS, DEFAULT_SEED);
    }

    /**
     * @param randomSetups how many random setups to draw
     * @param firstSeed the seed of the first; the others take the seeds after it
     * @return all-remote, all-local and the random setups
     */
    public static SetupMatrix of(int randomSetups, long firstSeed) {
        return baselines().withRandom(randomSetups, firstSeed);
    }

    /**
     * Adds valid setups drawn at random, each labelled with its seed, so that a failing one can be
     * drawn again alone with {@link FusionizeKit#randomSetup(long)}.
     *
     * @param count how many to draw, 0 or more
     * @param firstSeed the seed of the first; the others take the seeds after it
     * @return a matrix with the random setups added
     */
    public SetupMatrix withRandom(int count, long firstSeed) {
        if (count < 0) {
            throw new IllegalArgumentException("count of random setups must not be negative, not " + count);
        }
        List<Entry> added = new ArrayList<>(entries);
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            long drawn = seed;
            added.add(new Entry("random seed " + drawn, application -> SetupGenerators.random(application, drawn)));
        }
        return new SetupMatrix(added);
    }

    /**
     * @param label the setup's name in reports
     * @param setupText a setup in text form; its header may be left out
     * @return a matrix with the setup added
     */
    public SetupMatrix with(String label, String setupText) {
        Objects.requireNonNull(setupText, "setup text must not be null");
        return with(new Entry(label, application -> SetupText.parse(setupText, application.name())));
    }

    /**
     * @param label the setup's name in reports
     * @param setup a setup of the application the matrix is used for
     * @return a matrix with the setup added
     */
    public SetupMatrix with(String label, Setup setup) {
        Objects.requireNonNull(setup, "setup must not be null");
        return with(new Entry(label, application -> setup));
    }

    /**
     * @param application the application
     * @return its setups, in the order they were added, each checked
     * @throws IllegalArgumentException when a setup is not valid for the application, naming it
     *     and every problem
     * @throws io.fusionize.core.setup.SetupFormatException when a setup text is malformed
     */
    public List<NamedSetup> setupsFor(Application application) {
        Objects.requireNonNull(application, "application must not be null");
        return entries.stream().map(entry -> entry.resolve(application)).toList();
    }

    /** @return the setups' labels, e.g. {@code [all-remote, all-local, random seed 1]} */
    @Override
    public String toString() {
        return entries.stream().map(Entry::label).collect(Collectors.joining(", ", "[", "]"));
    }

    private SetupMatrix with(Entry entry) {
        List<Entry> added = new ArrayList<>(entries);
        added.add(entry);
        return new SetupMatrix(added);
    }

    /** One setup of the matrix, made when the application is known. */
    private record Entry(String label, Function<Application, Setup> make) {

        Entry {
            Objects.requireNonNull(label, "label must not be null");
        }

        NamedSetup resolve(Application application) {
            Setup setup = make.apply(application);
            try {
                return new NamedSetup(label, SetupValidator.requireValid(setup, application));
            } catch (InvalidSetupException invalid) {
                throw new IllegalArgumentException("setup " + label + " is not valid for application "
                        + application.name() + ": " + invalid.getMessage(), invalid);
            }
        }
    }
}
