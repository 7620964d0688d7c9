package org.cloudcost.cli;

import java.util.Map;

import org.cloudcost.core.ProgressListener;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A {@link ProgressListener} that draws one progress bar per file on stderr
 * (me.tongfei:progressbar), or does nothing when nobody watches: not on a terminal, under CI
 * ({@code CI} set), or with {@code --no-progress}.
 *
 * <pre>{@code
 * try (TerminalProgress progress = TerminalProgress.onStderr(noProgress)) {
 *     dataset = CostDataset.read().billing(files).progress(progress).load();
 * }
 * }</pre>
 *
 * <p>Java 17 cannot ask whether stderr alone is a terminal: the {@code ./cloudcost} launcher
 * asks the shell ({@code [ -t 2 ]}) and passes the answer as the system property
 * {@value #STDERR_TERMINAL}; without it, {@code System.console() != null} (stdin and stdout are
 * terminals) stands in. Files under {@link #SMALL_FILE} bytes read too fast to need a bar.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    private static final long MIB = 1024 * 1024;
    /** System property set by the launcher: {@code true} when stderr is a terminal. */
    static final String STDERR_TERMINAL = "cloudcost.stderr.terminal";
    /** Files smaller than this (8 MiB, well under a second to read) get no bar. */
    static final long SMALL_FILE = 8 * MIB;

    private final boolean enabled;
    private ProgressBar bar;

    private TerminalProgress(boolean enabled) {
        this.enabled = enabled;
    }

    /** A bar on {@code System.err} when {@link #wanted} says so, else a listener that does nothing. */
    public static TerminalProgress onStderr(boolean noProgress) {
        String told = System.getProperty(STDERR_TERMINAL);
        boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
        return new TerminalProgress(wanted(noProgress, terminal, System.getenv()));
    }

    /** True when a person is likely watching: a console, no {@code CI} variable, no {@code --no-progress}. */
    static boolean wanted(boolean noProgress, boolean console, Map<String, String> env) {
        String ci = env.get("CI");
        return !noProgress && console && (ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"));
    }

    /** True when this listener draws bars. */
    boolean enabled() {
        return enabled;
    }

    @Override
    public void start(String file, long totalBytes) {
        if (!enabled) {
            return;
        }
        close();
        if (totalBytes >= 0 && totalBytes < SMALL_FILE) {
            return;
        }
        String name = file.substring(file.replace('\\', '/').lastIndexOf('/') + 1); // a path or s3://bucket/key
        bar = new ProgressBarBuilder()
                .setTaskName(name.isEmpty() ? file : name)
                .setInitialMax(totalBytes)                 // -1 (a pipe): a bar without an end
                .setUnit(" MiB", MIB)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .build();
    }

    @Override
    public void advance(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public void finish(String file) {
        if (bar != null) {
            if (bar.getMax() > 0) {
                bar.stepTo(bar.getMax());
            }
            close();
        }
    }

    /** Closes the current bar, if any. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
