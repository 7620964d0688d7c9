package org.cloudcost.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timed runs of one program on one input: wall seconds and peak RSS per run, their median
 * and range.
 *
 * <pre>{@code
 * Timings t = new Timings();
 * t.add(7.1, 512_000);
 * t.median();             // 7.1
 * t.format();             // "7.10 | 7.10–7.10 | 500"
 * }</pre>
 */
public final class Timings {
    private final List<Double> seconds = new ArrayList<>();
    private long maxRssKb = -1;

    public void add(double s, long rssKb) {
        seconds.add(s);
        maxRssKb = Math.max(maxRssKb, rssKb);
    }

    public boolean isEmpty() {
        return seconds.isEmpty();
    }

    public double median() {
        double[] s = sorted();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /** The largest peak RSS of the runs, in KiB, or -1 when none was reported. */
    public long maxRssKb() {
        return maxRssKb;
    }

    /** {@code median | min–max | peak RSS MB} as Markdown table cells. */
    public String format() {
        if (isEmpty()) {
            return "– | – | –";
        }
        return String.format(Locale.ROOT, "%.2f | %.2f–%.2f | %s", median(), min(), max(),
                maxRssKb < 0 ? "–" : String.valueOf(Math.round(maxRssKb / 1024.0)));
    }

    private double[] sorted() {
        if (seconds.isEmpty()) {
            throw new IllegalStateException("no runs");
        }
        return seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
