package io.fusionize.platform.internal.invoke;

/** Durably queues an {@code Event} invocation. */
@FunctionalInterface
public interface EventAcceptor {

    /**
     * @param functionName the function
     * @param qualifier the version or alias, or {@code null}
     * @param payload the event
     * @return the event's id; the event is persisted when this returns
     */
    String accept(String functionName, String qualifier, byte[] payload);
}
