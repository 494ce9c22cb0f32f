package io.fusionize.deploy.load;

import java.io.PrintStream;
import java.util.Objects;

/**
 * A one-line text progress bar, redrawn in place with a carriage return.
 *
 * <p>Example: {@code all-remote [=========>          ]  48% 96/200 done, 0 failed, 12/25 s}
 */
public final class TerminalProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream out;

    /** @param out where to draw, usually standard error */
    public TerminalProgressBar(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    @Override
    public synchronized void update(Progress progress) {
        out.print('\r' + render(progress));
        out.flush();
    }

    @Override
    public synchronized void finish(Progress progress) {
        out.println('\r' + render(progress));
        out.flush();
    }

    /**
     * @param progress a snapshot
     * @return the bar's text, without a line break
     */
    public static String render(Progress progress) {
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        StringBuilder bar = new StringBuilder(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : (i == filled ? '>' : ' '));
        }
        return String.format("%s [%s] %3d%% %d/%d done, %d failed, %d/%d s", progress.label(), bar,
                Math.round(progress.fraction() * 100), progress.completed(), progress.total(), progress.failed(),
                progress.elapsed().toSeconds(), progress.planned().toSeconds());
    }
}
