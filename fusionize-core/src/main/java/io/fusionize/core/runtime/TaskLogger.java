package io.fusionize.core.runtime;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A logger that tags every line with the task and trace it comes from. */
final class TaskLogger implements System.Logger {

    private final System.Logger delegate;
    private final String tag;

    TaskLogger(String application, String task, String traceId) {
        this.delegate = System.getLogger("fusionize." + application + "." + task);
        this.tag = "[task=" + task + " trace=" + traceId + "] ";
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return delegate.isLoggable(level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        if (isLoggable(level)) {
            delegate.log(level, (ResourceBundle) null, tag + localize(bundle, message), thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!isLoggable(level)) {
            return;
        }
        String pattern = localize(bundle, format);
        String message = params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params);
        // the tag goes in after formatting, so that braces in task names are never read as patterns
        delegate.log(level, (ResourceBundle) null, tag + message, (Throwable) null);
    }

    private static String localize(ResourceBundle bundle, String key) {
        return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
