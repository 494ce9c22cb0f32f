package io.fusionize.core.runtime;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.protocol.fusion.FunctionNaming;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Everything fixed for the lifetime of one function's runtime: what it runs, how it reaches
 * other functions, and where inline work runs.
 *
 * @param setup the setup the function belongs to
 * @param function the function this runtime runs as
 * @param catalog the application's tasks
 * @param invoker the way to other functions
 * @param executor where concurrent calls and inline async work run
 * @param cpuClock the thread CPU clock
 * @param deadlineGrace how long after the platform's deadline the runtime ends an invocation itself
 */
record FunctionScope(Setup setup, FunctionSpec function, TaskCatalog catalog, RemoteInvoker invoker,
        Executor executor, CpuClock cpuClock, Duration deadlineGrace) {

    String application() {
        return setup.application();
    }

    String functionName() {
        return function.functionName(setup.application());
    }

    String qualifier() {
        return FunctionNaming.qualifier(setup.version());
    }

    /**
     * @param callee a task called remotely
     * @return the platform name of the function whose entry it is
     * @throws IllegalStateException when the setup has no such function
     */
    String remoteFunctionName(String callee) {
        if (setup.function(callee).isEmpty()) {
            throw new IllegalStateException("setup v" + setup.version() + " has no function for task "
                    + callee + ", and function " + functionName() + " does not run it inline");
        }
        return FunctionNaming.functionName(setup.application(), callee);
    }
}
