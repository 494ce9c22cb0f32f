package io.fusionize.platform;

/** Whether the Invoke API needs the bearer token; the control plane always does. */
public enum InvokeAccess {
    /** Anyone who can reach the (loopback) port may invoke. */
    OPEN,
    /** Invocations need the bearer token too. */
    TOKEN_REQUIRED
}
