package io.fusionize.core.setup;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;

/** Applications with the call graphs of the paper's examples and tasks that do nothing. */
final class CallGraphs {

    private static final Task<Object, Object> NOTHING = (input, context) -> null;

    private CallGraphs() {
    }

    /** @return the IoT application's call graph, entry I */
    static Application iot() {
        return Application.builder("iot")
                .entry("I", NOTHING, Calls.sync("CW", "SE").andAsync("CT", "CS", "CA"))
                .task("CW", NOTHING, Calls.none())
                .task("SE", NOTHING, Calls.none())
                .task("CT", NOTHING, Calls.async("AS"))
                .task("CS", NOTHING, Calls.sync("CSL", "CSA"))
                .task("CSL", NOTHING, Calls.none())
                .task("CSA", NOTHING, Calls.none())
                .task("CA", NOTHING, Calls.sync("DJ").andAsync("AS"))
                .task("DJ", NOTHING, Calls.none())
                .task("AS", NOTHING, Calls.none())
                .build();
    }

    /** @return the Tree application's call graph, entry A */
    static Application tree() {
        return Application.builder("tree")
                .entry("A", NOTHING, Calls.async("C").andSync("B"))
                .task("B", NOTHING, Calls.sync("D"))
                .task("D", NOTHING, Calls.sync("E"))
                .task("E", NOTHING, Calls.none())
                .task("C", NOTHING, Calls.async("F", "G"))
                .task("F", NOTHING, Calls.none())
                .task("G", NOTHING, Calls.none())
                .build();
    }
}
