package org.cloudcost.core.internal.billing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.internal.csv.ExactDecimalSum;
import org.cloudcost.core.internal.read.CsvFile;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * The records of one part of a billing file — a byte range, or the whole file — folded into a
 * partial aggregate, with what the read report needs from them. Line numbers in its log and in
 * its error count from the part's first byte; {@link BillingFileReader} moves them when it adds
 * the part, in file order, to the whole.
 */
final class BillingPart {
    /** Offset in the file of the part's first byte. */
    final long start;
    final BillingAggregator aggregator;
    final ReadLog log = new ReadLog();
    final Map<String, ExactDecimalSum> sourceTotals = new LinkedHashMap<>();
    long dataLines;
    /** Line breaks from {@link #start} to {@link #nextRecord}: the physical lines the part read. */
    long lineBreaks;
    /** Offset in the file of the first record the part did not read (the end of the file after the last part). */
    long nextRecord;
    /** The first failure, positioned relative to the part; null when it read cleanly. */
    RuntimeException error;
    /** The records folded by signature, not yet mapped, when the file is read grouped; else null. */
    LineGroups groups;

    private BillingPart(long start, BillingAggregator aggregator) {
        this.start = start;
        this.aggregator = aggregator;
    }

    /**
     * Reads the records of {@code csv} (positioned at offset {@code start} of its file) that start
     * before {@code end}; a failure is kept in {@link #error}, not thrown.
     */
    static BillingPart read(CsvFile csv, long start, long end, BillingRowMapper mapper, TagColumns tags, String formatId) {
        BillingPart part = new BillingPart(start, new BillingAggregator(tags.columns()));
        try {
            part.fold(csv, end - start, mapper, tags, formatId);
        } catch (RuntimeException e) {
            part.error = e;
        } finally {
            csv.close();
        }
        return part;
    }

    /**
     * Reads the records of {@code csv} that start before {@code end} into {@link LineGroups} by
     * their signature in {@code layout}, without mapping them: only the additive and day columns
     * are parsed (a bad value there is this part's error); the rest are kept as bytes, in
     * {@code empty} (new, or cleared after an earlier part).
     */
    static BillingPart readGrouped(CsvFile csv, long start, long end, GroupLayout layout, TagColumns tags,
                                   LineGroups empty) {
        BillingPart part = new BillingPart(start, new BillingAggregator(tags.columns()));
        part.groups = empty;
        try {
            part.group(csv, end - start, layout);
        } catch (RuntimeException e) {
            part.error = e;
            part.dataLines = csv.dataLines() - 1; // the failing record is not in the groups
        } finally {
            csv.close();
        }
        return part;
    }

    private void group(CsvFile csv, long length, GroupLayout layout) {
        csv.stopAt(length);
        RecordFolder folder = new RecordFolder(layout, csv.tokenizer(), groups);
        try {
            while (csv.next(log)) {
                folder.fold(csv.row());
            }
        } finally {
            folder.flush(); // the records before a failing one are in the groups: mapped, they may fail first
        }
        dataLines = csv.dataLines();
        lineBreaks = csv.stoppedAtLimit() ? csv.tokenizer().recordLine() - 1 : csv.tokenizer().lineBreaks();
        nextRecord = start + csv.tokenizer().recordOffset();
    }

    /**
     * Folds records into the groups, {@value #BATCH} at a time: each record's signature and
     * values are taken as it is read, and a batch's lookups are made together after
     * {@link LineGroups#touch} has read their table slots and records, whose cache misses then
     * overlap instead of coming one after the other. Its own method, called per record, keeps the
     * part's loop small: the JIT compiles this once, rather than compiling the loop with all of
     * it inlined again for each inner loop it finds hot (a few seconds of compiler time on two
     * cores, measured with -XX:+CITime).
     */
    private static final class RecordFolder {
        /** Records whose lookups are made together. */
        static final int BATCH = 16;
        private final int[] additive;
        private final int[] days;
        private final java.time.ZoneOffset[] zones;
        private final int[] text;
        private final int[] runs;
        private final byte[][] lastDayText;
        private final int[] lastDay;
        private final org.cloudcost.core.internal.csv.CsvTokenizer tok;
        private final LineGroups groups;
        /** Per record of the batch: its signature and length, values, large values, line and hash. */
        private final byte[][] sigs = new byte[BATCH][1024];
        private final int[] lengths = new int[BATCH];
        private final long[][] values;
        private final java.math.BigDecimal[][] bigs;
        private final long[] lines = new long[BATCH];
        private final long[] hashes = new long[BATCH];
        private int staged;

        RecordFolder(GroupLayout layout, org.cloudcost.core.internal.csv.CsvTokenizer tok, LineGroups groups) {
            this.additive = layout.additive();
            this.days = layout.days();
            this.zones = layout.zones();
            this.text = layout.text();
            this.runs = layout.runStarts();
            this.values = new long[BATCH][2 * additive.length];
            this.bigs = new java.math.BigDecimal[BATCH][additive.length];
            this.lastDayText = new byte[days.length][];
            this.lastDay = new int[days.length];
            this.tok = tok;
            this.groups = groups;
        }

        void fold(org.cloudcost.core.internal.csv.TokenizedRow row) {
            int k = staged;
            long[] value = values[k];
            java.math.BigDecimal[] big = bigs[k];
            java.util.Arrays.fill(value, 0);
            byte[] sig = sigs[k];
            int p = 0;
            for (int a = 0; a < additive.length; a++) { // the billed cost first: its error comes first, as per record
                int sign = row.addScaledTo(additive[a], value, 2 * a);
                if (a == 0 && sign != 2) {
                    groups.billedScale(row.lastScale());
                }
                big[a] = null;
                if (sign == Integer.MIN_VALUE) {
                    big[a] = row.exactValue(additive[a]);
                    sign = big[a].signum();
                }
                sig[p++] = (byte) sign;
            }
            for (int d = 0; d < days.length; d++) {
                if (row.isAbsent(days[d])) {
                    sig[p++] = 0;
                } else {
                    // the same text as the record before (time-ordered exports): the same day, unparsed
                    int from = tok.start(days[d]);
                    int to = tok.end(days[d]);
                    byte[] seen = lastDayText[d];
                    int day;
                    if (seen != null && java.util.Arrays.equals(seen, 0, seen.length, tok.buffer(), from, to)) {
                        day = lastDay[d];
                    } else {
                        day = row.epochDay(days[d], zones[d]);
                        lastDayText[d] = java.util.Arrays.copyOfRange(tok.buffer(), from, to);
                        lastDay[d] = day;
                    }
                    sig[p++] = 1;
                    sig[p++] = (byte) (day >>> 24);
                    sig[p++] = (byte) (day >>> 16);
                    sig[p++] = (byte) (day >>> 8);
                    sig[p++] = (byte) day;
                }
            }
            byte[] buf = tok.buffer();
            for (int r = 0; r + 1 < runs.length; r++) { // a run of neighbouring columns as the file has it: quotes, delimiters
                int first = text[runs[r]];
                int last = text[runs[r + 1] - 1];
                int from = tok.isQuoted(first) ? tok.start(first) - 1 : tok.start(first);
                int len = (tok.isQuoted(last) ? tok.end(last) + 1 : tok.end(last)) - from;
                if (p + len + 4 > sig.length) {
                    sig = sigs[k] = java.util.Arrays.copyOf(sig, Math.max(sig.length * 2, p + len + 4));
                }
                sig[p++] = (byte) (len >>> 24);
                sig[p++] = (byte) (len >>> 16);
                sig[p++] = (byte) (len >>> 8);
                sig[p++] = (byte) len;
                System.arraycopy(buf, from, sig, p, len);
                p += len;
            }
            lengths[k] = p;
            lines[k] = row.line();
            staged = k + 1;
            if (staged == BATCH) {
                flush();
            }
        }

        /** Folds the staged records, in the order they were read. */
        void flush() {
            int n = staged;
            staged = 0;
            for (int k = 0; k < n; k++) {
                hashes[k] = LineGroups.hash(sigs[k], lengths[k]);
            }
            groups.touch(hashes, n);
            for (int k = 0; k < n; k++) {
                int g = groups.groupOf(sigs[k], lengths[k], hashes[k], lines[k]);
                groups.count(g);
                long[] value = values[k];
                java.math.BigDecimal[] big = bigs[k];
                for (int a = 0; a < additive.length; a++) {
                    if (big[a] != null) {
                        groups.spill(g, a, big[a]);
                    } else {
                        groups.addScaled(g, a, value, 2 * a);
                    }
                }
            }
        }
    }

    private void fold(CsvFile csv, long length, BillingRowMapper mapper, TagColumns tags, String formatId) {
        csv.stopAt(length);
        BillingLineBuffer line = new BillingLineBuffer(tags);
        int billedColumn = mapper.billedCostColumn();
        String lastCurrency = null;
        ExactDecimalSum lastTotal = null;
        while (csv.next(log)) {
            csv.row().captureExact(billedColumn); // a bad amount is reported before any other column
            line.reset();
            mapper.map(csv.row(), line);
            String currency = line.dimensions()[BillingLineBuffer.CURRENCY];
            if (!currency.equals(lastCurrency)) {
                lastCurrency = currency;
                lastTotal = sourceTotals.computeIfAbsent(currency, c -> new ExactDecimalSum());
            }
            csv.row().addCapturedTo(lastTotal);
            if (line.skipReason().isPresent()) {
                log.skipped(csv.row().file(), csv.row().line(), line.skipReason().get(), currency, csv.row().captured());
                continue;
            }
            if (line.chargeDay() == Integer.MIN_VALUE) {
                throw new IllegalStateException(formatId + " mapper set no charge day at " + csv.row().file() + ":" + csv.row().line());
            }
            if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
                line.billingPeriodStartDay(firstOfMonth(line.chargeDay()));
            }
            aggregator.add(line, csv.row(), billedColumn);
        }
        dataLines = csv.dataLines();
        lineBreaks = csv.stoppedAtLimit() ? csv.tokenizer().recordLine() - 1 : csv.tokenizer().lineBreaks();
        nextRecord = start + csv.tokenizer().recordOffset();
    }

    private static int firstOfMonth(int epochDay) {
        return (int) java.time.LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).toEpochDay();
    }
}
