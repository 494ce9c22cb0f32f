package io.fusionize.deploy.load;

/**
 * Sends one request of a load run and waits for its response.
 *
 * <p>The load generator calls this from a pool of worker threads, so implementations must be
 * thread-safe. A thrown exception counts as a failed request whose cause is the exception.
 */
@FunctionalInterface
public interface RequestSender {

    /**
     * Sends request number {@code sequence} and blocks until it completes.
     *
     * @param sequence the request's position in the schedule, starting at 0
     * @return whether it succeeded, with an optional id naming it (e.g. a trace id)
     * @throws Exception when the request could not be completed; it counts as a failure
     */
    SendResult send(long sequence) throws Exception;
}
