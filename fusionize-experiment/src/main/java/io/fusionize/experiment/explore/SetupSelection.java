package io.fusionize.experiment.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fusionize.core.setup.Setup;

/**
 * The setups an exploration measures, in the order of its first pass: all-remote, then (with
 * {@code all}) every routing that keeps async calls remote, then all-local, then the routings drawn
 * from the rest of the space; each routing at every memory size in turn.
 */
public final class SetupSelection {

    private SetupSelection() {
    }

    /**
     * @param space the setup space
     * @param choice which routings besides all-remote and all-local
     * @param seed the seed the further routings are drawn with
     * @param sizesMb the memory sizes, each given to every function of a routing in turn
     * @return the distinct setups to measure; the first is all-remote at the first size
     */
    public static List<Setup> select(SetupSpace space, RoutingChoice choice, long seed, List<Integer> sizesMb) {
        Objects.requireNonNull(space, "space must not be null");
        Objects.requireNonNull(choice, "choice must not be null");
        Map<String, Setup> routings = new LinkedHashMap<>();
        add(routings, space.allRemote());
        if (choice.all()) {
            space.remoteAsyncRoutings().forEach(routing -> add(routings, routing));
        }
        add(routings, space.allLocal());
        space.sample(choice.sample(), seed, routings.values()).forEach(routing -> add(routings, routing));
        List<Setup> setups = new ArrayList<>();
        routings.values().forEach(routing -> sizesMb.forEach(size -> setups.add(SetupSpace.atMemory(routing, size))));
        return List.copyOf(setups);
    }

    private static void add(Map<String, Setup> routings, Setup routing) {
        routings.putIfAbsent(SetupSpace.text(routing), routing);
    }
}
