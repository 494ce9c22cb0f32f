package io.fusionize.deploy.load;

import java.io.PrintStream;

/**
 * Receives progress snapshots of a load run: periodically while it runs, and once at the end.
 */
public interface ProgressListener {

    /**
     * Called a few times per second from a background thread.
     *
     * @param progress the current snapshot
     */
    void update(Progress progress);

    /**
     * Called once, after the last request has an outcome.
     *
     * @param progress the final snapshot
     */
    void finish(Progress progress);

    /** @return a listener that ignores everything */
    static ProgressListener none() {
        return new ProgressListener() {
            @Override
            public void update(Progress progress) {
            }

            @Override
            public void finish(Progress progress) {
            }
        };
    }

    /** @return a progress bar on standard error when a console is attached; otherwise {@link #none()} */
    static ProgressListener onConsole() {
        return onConsole(System.err);
    }

    /**
     * @param out where the bar is drawn
     * @return a progress bar on {@code out} when a console is attached; otherwise {@link #none()}
     */
    static ProgressListener onConsole(PrintStream out) {
        return System.console() != null ? new TerminalProgressBar(out) : none();
    }
}
