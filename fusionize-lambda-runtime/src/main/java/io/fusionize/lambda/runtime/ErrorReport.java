package io.fusionize.lambda.runtime;

import io.fusionize.protocol.lambda.FunctionErrorBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of an error post: {@code {"errorMessage","errorType","stackTrace"}}, a
 * {@link FunctionErrorBody} with the stack trace added, which only people read.
 *
 * @param errorType the error's type, e.g. an exception class name
 * @param errorMessage the error's message, possibly empty
 * @param stackTrace the stack frames, outermost first, possibly empty
 */
public record ErrorReport(String errorType, String errorMessage, List<String> stackTrace) {

    private static final int MAX_FRAMES = 50;
    private static final String KEY_STACK_TRACE = "stackTrace";

    /** @throws NullPointerException if the type is missing */
    public ErrorReport {
        Objects.requireNonNull(errorType, "errorType must not be null");
        errorMessage = errorMessage == null ? "" : errorMessage;
        stackTrace = List.copyOf(stackTrace);
    }

    /**
     * Describes a thrown exception, unwrapping nothing.
     *
     * @param error what the handler threw
     * @return the error report
     */
    public static ErrorReport of(Throwable error) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frames.size() == MAX_FRAMES) {
                break;
            }
            frames.add(frame.toString());
        }
        return new ErrorReport(error.getClass().getName(), error.getMessage(), frames);
    }

    /** @return the error as Lambda's JSON body */
    public String toJson() {
        StringBuilder json = new StringBuilder(256);
        // the keys are compile-time constants, so no protocol class is loaded here
        json.append("{\"" + FunctionErrorBody.KEY_ERROR_MESSAGE + "\":");
        JsonText.appendQuoted(json, errorMessage);
        json.append(",\"" + FunctionErrorBody.KEY_ERROR_TYPE + "\":");
        JsonText.appendQuoted(json, errorType);
        json.append(",\"" + KEY_STACK_TRACE + "\":[");
        for (int i = 0; i < stackTrace.size(); i++) {
            json.append(i == 0 ? "" : ",");
            JsonText.appendQuoted(json, stackTrace.get(i));
        }
        return json.append("]}").toString();
    }
}
