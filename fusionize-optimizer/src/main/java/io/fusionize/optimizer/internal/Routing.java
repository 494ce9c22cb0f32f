package io.fusionize.optimizer.internal;

import io.fusionize.monitor.CallEdge;

/**
 * How the calls to one callee made inside one function were routed, over all caller tasks.
 *
 * @param syncLocal sync calls run in-process
 * @param syncRemote sync calls made remotely
 * @param asyncLocal async calls run in-process
 * @param asyncRemote async calls made remotely
 */
record Routing(long syncLocal, long syncRemote, long asyncLocal, long asyncRemote) {

    static final Routing NONE = new Routing(0, 0, 0, 0);

    Routing plus(CallEdge edge) {
        return new Routing(syncLocal + edge.syncLocal(), syncRemote + edge.syncRemote(),
                asyncLocal + edge.asyncLocal(), asyncRemote + edge.asyncRemote());
    }

    boolean calledSync() {
        return syncLocal + syncRemote > 0;
    }
}
