package io.sousei.cli;

import io.sousei.store.ImportListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows an import's progress: a bar on a terminal, one plain line per step otherwise. */
final class ProgressListener implements ImportListener, AutoCloseable {

    private final PrintStream out;
    private final boolean terminal;
    private ProgressBar bar;
    private int steps;
    private int done;
    private long last = System.nanoTime();

    ProgressListener(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void planned(int steps) {
        this.steps = steps;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Importing")
                    .setInitialMax(steps)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .build();
        }
    }

    @Override
    public void done(String step, String outcome) {
        done++;
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + step);
        } else {
            long now = System.nanoTime();
            out.printf("[%d/%d] %s: %s (%.1f s)%n", done, steps, step, outcome, (now - last) / 1e9);
            last = now;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
