package io.fusionize.testkit;

import io.fusionize.protocol.fusion.CallRecord;
import java.util.Objects;

/**
 * One call a task made during a run, as its invocation's record reports it.
 *
 * @param caller the calling task
 * @param callee the called task
 * @param sync whether the caller waited for the result
 * @param inline whether the callee ran in the caller's function, in-process
 * @param errorType the callee's error type when the call failed, otherwise {@code null}; remote
 *     async calls never see the callee's failure
 */
public record RecordedCall(String caller, String callee, boolean sync, boolean inline, String errorType) {

    /** Checks the parts. */
    public RecordedCall {
        Objects.requireNonNull(caller, "caller must not be null");
        Objects.requireNonNull(callee, "callee must not be null");
    }

    /**
     * @param call a call as an invocation record carries it
     * @return the same call
     */
    public static RecordedCall of(CallRecord call) {
        return new RecordedCall(call.callerTask(), call.callee(), call.sync(), call.local(), call.errorType());
    }

    /** @return whether the caller went on without waiting */
    public boolean async() {
        return !sync;
    }

    /** @return whether the callee ran as an invocation of another function */
    public boolean remote() {
        return !inline;
    }

    /** @return whether the call failed as far as the caller could see */
    public boolean failed() {
        return errorType != null;
    }

    /** @return how the call was routed, e.g. {@code Checkout -> Price sync inline} */
    public String route() {
        return caller + " -> " + callee + (sync ? " sync" : " async") + (inline ? " inline" : " remote");
    }

    /** @return the route, and the error type when the call failed */
    @Override
    public String toString() {
        return failed() ? route() + " failed with " + errorType : route();
    }
}
