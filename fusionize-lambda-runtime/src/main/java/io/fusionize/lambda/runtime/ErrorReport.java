package io.fusionize.lambda.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of an error post: {@code {"errorMessage","errorType","stackTrace"}}.
 *
 * @param errorType the error's type, e.g. an exception class name
 * @param errorMessage the error's message, possibly empty
 * @param stackTrace the stack frames, outermost first, possibly empty
 */
public record ErrorReport(String errorType, String errorMessage, List<String> stackTrace) {

    private static final int MAX_FRAMES = 50;

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
        json.append("{\"errorMessage\":");
        JsonText.appendQuoted(json, errorMessage);
        json.append(",\"errorType\":");
        JsonText.appendQuoted(json, errorType);
        json.append(",\"stackTrace\":[");
        for (int i = 0; i < stackTrace.size(); i++) {
            json.append(i == 0 ? "" : ",");
            JsonText.appendQuoted(json, stackTrace.get(i));
        }
        return json.append("]}").toString();
    }
}
