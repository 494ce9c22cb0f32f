package io.fusionize.platform.internal.instance;

import io.fusionize.protocol.lambda.LambdaErrors;

/** Names the cause when an instance process ends in the middle of an invocation. */
final class ExitDiagnosis {

    /** The status {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    static final int JVM_OUT_OF_MEMORY_STATUS = 3;
    /** The status the launcher's shell exits with when the process cannot join its cgroup. */
    static final int CGROUP_JOIN_FAILED_STATUS = 97;
    private static final int SIGNAL_BASE = 128;

    private ExitDiagnosis() {
    }

    static InvocationOutcome diagnose(String requestId, int exitStatus, boolean killedForMemory, int memoryMb) {
        String prefix = "RequestId: " + requestId + " Error: Runtime exited with error: ";
        if (killedForMemory) {
            return InvocationOutcome.error(LambdaErrors.OUT_OF_MEMORY,
                    prefix + "signal: killed (the kernel killed the instance at its " + memoryMb + " MB memory limit)");
        }
        if (exitStatus == JVM_OUT_OF_MEMORY_STATUS) {
            return InvocationOutcome.error(LambdaErrors.OUT_OF_MEMORY,
                    prefix + "exit status 3 (java.lang.OutOfMemoryError: the heap of a " + memoryMb
                            + " MB function is full)");
        }
        if (exitStatus == CGROUP_JOIN_FAILED_STATUS) {
            return InvocationOutcome.error(LambdaErrors.EXIT,
                    prefix + "exit status 97 (the instance could not join its cgroup)");
        }
        if (exitStatus > SIGNAL_BASE) {
            return InvocationOutcome.error(LambdaErrors.EXIT,
                    prefix + "signal: " + signalName(exitStatus - SIGNAL_BASE));
        }
        return InvocationOutcome.error(LambdaErrors.EXIT, prefix + "exit status " + exitStatus);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> "aborted";
            case 9 -> "killed";
            case 11 -> "segmentation fault";
            case 15 -> "terminated";
            default -> "signal " + signal;
        };
    }
}
