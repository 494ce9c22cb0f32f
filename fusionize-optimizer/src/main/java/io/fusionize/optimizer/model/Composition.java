package io.fusionize.optimizer.model;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a function runs: its entry task and the tasks its calls run inline, by kind of call. Equal
 * for functions that compose the same tasks the same way, whatever their memory size, so that a
 * measured correction carries over to every later forecast of it.
 *
 * @param entry the function's entry task
 * @param inlineSync the tasks sync calls run in-process
 * @param inlineAsync the tasks async calls run in-process
 */
record Composition(String entry, SortedSet<String> inlineSync, SortedSet<String> inlineAsync) {

    /** Freezes sorted copies of the sets. */
    Composition {
        inlineSync = Collections.unmodifiableSortedSet(new TreeSet<>(inlineSync));
        inlineAsync = Collections.unmodifiableSortedSet(new TreeSet<>(inlineAsync));
    }

    /** @return how many tasks it runs inline */
    int inlineTasks() {
        return inlineSync.size() + inlineAsync.size();
    }

    @Override
    public String toString() {
        return entry + "+" + inlineSync + "&" + inlineAsync;
    }
}
