package org.cloudcost.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the readers did: every file read, the lines they left out and why, and the exact
 * billed-cost total of the billing sources per currency, the figure the billing frame must
 * reconcile to.
 *
 * <pre>{@code
 * ReadReport report = dataset.readReport();
 * report.sourceBilledCost();       // {USD=1234.5678}
 * report.skipped().forEach(System.out::println);
 * }</pre>
 *
 * @param files every file read, in the order read
 * @param skipped groups of lines left out, one per file and reason
 * @param sourceBilledCost per currency, the exact sum of the billed-cost column over every data
 *        line of the billing files, kept or skipped
 * @param excludedBilledCost per currency, the part of {@code sourceBilledCost} on skipped lines
 */
public record ReadReport(List<FileRead> files, List<SkippedLines> skipped,
                         Map<String, BigDecimal> sourceBilledCost, Map<String, BigDecimal> excludedBilledCost) {

    /** Copies the collections. */
    public ReadReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        sourceBilledCost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sourceBilledCost));
        excludedBilledCost = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(excludedBilledCost));
    }

    /** A report of nothing read. */
    public static ReadReport empty() {
        return new ReadReport(List.of(), List.of(), Map.of(), Map.of());
    }

    /** Data lines read over all files (header lines not counted). */
    public long linesRead() {
        return files.stream().mapToLong(FileRead::dataLines).sum();
    }

    /** Lines left out over all files. */
    public long linesSkipped() {
        return skipped.stream().mapToLong(SkippedLines::count).sum();
    }

    /**
     * One file read.
     *
     * @param file the file as the user named it
     * @param kind {@code billing}, {@code usage}, {@code inventory} or {@code storage}
     * @param format the format id it was read as, then the version its header shows where the
     *        format has versions ({@code focus 1.2}, {@code canonical-usage}, …)
     * @param dataLines records read, excluding the header
     * @param rows rows the file contributed to its frame after aggregation
     */
    public record FileRead(String file, String kind, String format, long dataLines, long rows) {
    }

    /**
     * Lines of one file left out for one reason.
     *
     * @param file the file
     * @param reason why, in a phrase ("blank line", "repeated header line", "no value")
     * @param count how many lines
     * @param firstLine the first such line (1-based), to go and look
     * @param billedCost per currency, the billed cost these lines carried (empty when none)
     */
    public record SkippedLines(String file, String reason, long count, long firstLine, Map<String, BigDecimal> billedCost) {
        /** Copies the map. */
        public SkippedLines {
            billedCost = Map.copyOf(billedCost);
        }

        @Override
        public String toString() {
            return file + ": " + count + " line(s) skipped from line " + firstLine + ": " + reason
                    + (billedCost.isEmpty() ? "" : " carrying " + billedCost);
        }
    }

    @Override
    public String toString() {
        return "ReadReport: " + files.size() + " file(s), " + linesRead() + " lines read, " + linesSkipped()
                + " skipped, source billed cost " + sourceBilledCost;
    }
}
