package io.fusionize.experiment.explore;

import java.util.Locale;

/**
 * How many setups a setup space holds.
 *
 * @param routings distinct routings over every call edge; an upper bound when not {@code exact}
 * @param remoteAsyncRoutings distinct routings in which every async call stays remote
 * @param memorySizes memory sizes each routing is taken at
 * @param exact whether the routings were counted one by one rather than bounded
 */
public record SpaceSize(long routings, long remoteAsyncRoutings, int memorySizes, boolean exact) {

    /** @return the setups in the space: routings times memory sizes */
    public long setups() {
        return routings * memorySizes;
    }

    /** @return the setups whose async calls all stay remote */
    public long remoteAsyncSetups() {
        return remoteAsyncRoutings * memorySizes;
    }

    /** @return the count in words, e.g. "64 setups: 64 routings x 1 memory size" */
    public String describe() {
        return String.format(Locale.ROOT, "%s%d setups: %d routings x %d memory size%s (%d setups keep every async "
                + "call remote)", exact ? "" : "at most ", setups(), routings, memorySizes, memorySizes == 1 ? "" : "s",
                remoteAsyncSetups());
    }
}
