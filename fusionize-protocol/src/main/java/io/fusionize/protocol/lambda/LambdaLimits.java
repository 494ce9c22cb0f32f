package io.fusionize.protocol.lambda;

/** The limits AWS Lambda enforces, which every platform here enforces alike. */
public final class LambdaLimits {

    /** Largest synchronous request or response payload: 6 MB. */
    public static final int MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;
    /** Largest asynchronous event payload: 1 MB. */
    public static final int MAX_ASYNC_PAYLOAD_BYTES = 1024 * 1024;
    /** How much of the log {@link LambdaApi#HEADER_LOG_RESULT} carries. */
    public static final int LOG_TAIL_BYTES = 4 * 1024;
    /** Smallest memory size in MB. */
    public static final int MIN_MEMORY_MB = 128;
    /** Largest memory size in MB. */
    public static final int MAX_MEMORY_MB = 10_240;
    /** Longest function timeout in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /**
     * Most task-call hops one request may take from its root: Lambda stops a recursive loop after
     * about 16 invocations; a call that would be hop 17 fails with
     * {@link LambdaErrors#RECURSIVE_INVOCATION}.
     */
    public static final int MAX_CALL_DEPTH = 16;
    /** Most functions one ListFunctions page holds, whatever {@link LambdaApi#QUERY_MAX_ITEMS} asks for. */
    public static final int MAX_LIST_PAGE_ITEMS = 50;
    /** Largest {@link LambdaApi#QUERY_MAX_ITEMS} a list operation accepts. */
    public static final int MAX_LIST_MAX_ITEMS = 10_000;
    /** Memory size that buys one full vCPU. */
    public static final int MB_PER_VCPU = 1769;

    private LambdaLimits() {
    }

    /**
     * @param invocationType the {@link LambdaApi#HEADER_INVOCATION_TYPE} header, or {@code null}
     * @return the largest payload that type of invocation accepts
     */
    public static int maxPayloadBytes(String invocationType) {
        return LambdaApi.INVOCATION_EVENT.equals(invocationType) ? MAX_ASYNC_PAYLOAD_BYTES : MAX_SYNC_PAYLOAD_BYTES;
    }

    /**
     * @param memoryMb a memory size
     * @return whether Lambda accepts it
     */
    public static boolean isValidMemory(int memoryMb) {
        return memoryMb >= MIN_MEMORY_MB && memoryMb <= MAX_MEMORY_MB;
    }

    /**
     * @param memoryMb a memory size
     * @return the share of one vCPU it buys, proportional to memory as on Lambda
     */
    public static double vcpuShare(int memoryMb) {
        return memoryMb / (double) MB_PER_VCPU;
    }
}
