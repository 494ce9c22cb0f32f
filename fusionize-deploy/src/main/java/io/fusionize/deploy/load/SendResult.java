package io.fusionize.deploy.load;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one sent request.
 *
 * @param success whether the request succeeded
 * @param requestId an id naming the request, e.g. its trace id, when the sender knows one
 * @param failureCause why it failed; empty on success
 */
public record SendResult(boolean success, Optional<String> requestId, Optional<String> failureCause) {

    /** Checks that a failure names its cause and a success names none. */
    public SendResult {
        Objects.requireNonNull(requestId, "requestId must not be null");
        Objects.requireNonNull(failureCause, "failureCause must not be null");
        if (success == failureCause.isPresent()) {
            throw new IllegalArgumentException(success
                    ? "a successful result must not carry a failure cause"
                    : "a failed result must carry a failure cause");
        }
    }

    /** @return a success without an id */
    public static SendResult succeeded() {
        return new SendResult(true, Optional.empty(), Optional.empty());
    }

    /**
     * @param requestId the id naming the request
     * @return a success carrying that id
     */
    public static SendResult succeeded(String requestId) {
        return new SendResult(true, Optional.of(requestId), Optional.empty());
    }

    /**
     * @param cause why the request failed, e.g. {@code "HTTP 502"}
     * @return a failure without an id
     */
    public static SendResult failed(String cause) {
        return new SendResult(false, Optional.empty(), Optional.of(cause));
    }

    /**
     * @param requestId the id naming the request
     * @param cause why the request failed
     * @return a failure carrying that id
     */
    public static SendResult failed(String requestId, String cause) {
        return new SendResult(false, Optional.of(requestId), Optional.of(cause));
    }
}
