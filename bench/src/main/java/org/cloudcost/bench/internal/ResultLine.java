package org.cloudcost.bench.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one line a measured child process prints on stdout, and how the driver reads it back:
 * {@code RESULT rows=859027 total=USD:672264.4397 check=reconciled peak_rss_kb=512000}. Totals
 * are per currency, {@code CUR:amount} pairs joined by {@code ;}.
 *
 * <pre>{@code
 * System.out.println(ResultLine.format(rows, totals, "reconciled", PeakRss.kilobytes()));
 * ResultLine r = ResultLine.parse(line);
 * r.totals().get("USD");
 * }</pre>
 *
 * @param rows      rows of the billing frame, or groups of the GROUP BY
 * @param totals    billed cost per currency
 * @param check     the child's own verdict ({@code reconciled}, {@code -})
 * @param peakRssKb the child's peak RSS in KiB, -1 when unknown
 */
public record ResultLine(long rows, Map<String, BigDecimal> totals, String check, long peakRssKb) {
    public static final String PREFIX = "RESULT ";

    public ResultLine {
        totals = Map.copyOf(totals);
    }

    /** The line for these figures. */
    public static String format(long rows, Map<String, BigDecimal> totals, String check, long peakRssKb) {
        StringBuilder sb = new StringBuilder(PREFIX).append("rows=").append(rows).append(" total=");
        String sep = "";
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(totals).entrySet()) {
            sb.append(sep).append(e.getKey()).append(':').append(e.getValue().toPlainString());
            sep = ";";
        }
        return sb.append(" check=").append(check.replace(' ', '_')).append(" peak_rss_kb=").append(peakRssKb).toString();
    }

    /**
     * Reads a line written by {@link #format}.
     *
     * @throws IllegalArgumentException when {@code line} is not one
     */
    public static ResultLine parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a result line: " + line);
        }
        Map<String, String> kv = new TreeMap<>();
        for (String part : line.substring(PREFIX.length()).trim().split(" ")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a result line (\"" + part + "\"): " + line);
            }
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        String total = kv.getOrDefault("total", "");
        if (!total.isEmpty()) {
            for (String pair : total.split(";")) {
                int colon = pair.indexOf(':');
                totals.put(pair.substring(0, colon), new BigDecimal(pair.substring(colon + 1)));
            }
        }
        try {
            return new ResultLine(Long.parseLong(kv.get("rows")), totals, kv.getOrDefault("check", "-"),
                    Long.parseLong(kv.getOrDefault("peak_rss_kb", "-1")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a result line: " + line, e);
        }
    }

    /**
     * True when both have the same currencies and every total differs by at most
     * {@code tolerance}.
     */
    public boolean agreesWith(ResultLine other, BigDecimal tolerance) {
        if (!totals.keySet().equals(other.totals.keySet())) {
            return false;
        }
        return totals.entrySet().stream()
                .allMatch(e -> e.getValue().subtract(other.totals.get(e.getKey())).abs().compareTo(tolerance) <= 0);
    }
}
