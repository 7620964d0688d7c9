package org.cloudcost.core.internal.billing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.csv.ScaledDecimal;
import org.cloudcost.core.internal.csv.TokenizedRow;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Maps each group of {@link LineGroups} once: rebuilds one CSV record from the group's
 * signature (the kept bytes, each day as midnight in its offset, each additive column as the
 * exact sum of its values), with the tokenizer told where each field lies as it is written (no
 * second scan), reads it with the same {@link TokenizedRow} a file would, at the line of the
 * group's first record, and hands the mapped line to the aggregator.
 *
 * <p>The groups, in the order of their first line, are cut into slices mapped in parallel and
 * added back in order: the sums are exact, so the frame does not depend on the slicing, and
 * the first error and the first line of each skip reason are those of a record-by-record read.
 */
final class GroupMapping {
    /** Fewest groups worth a slice of their own. */
    private static final int MIN_SLICE = 20_000;

    private final String file;
    private final GroupLayout layout;
    private final CsvHeader header;
    private final Charset charset;
    private final Supplier<BillingRowMapper> mappers;
    private final TagColumns tags;
    private final String formatId;

    GroupMapping(String file, GroupLayout layout, CsvHeader header, Charset charset, Supplier<BillingRowMapper> mappers,
                 TagColumns tags, String formatId) {
        this.file = file;
        this.layout = layout;
        this.header = header;
        this.charset = charset;
        this.mappers = mappers;
        this.tags = tags;
        this.formatId = formatId;
    }

    /** What one slice of groups gave. */
    private static final class Slice {
        BillingAggregator aggregator;
        final ReadLog log = new ReadLog();
        final Map<String, long[]> totals = new LinkedHashMap<>();
        final Map<String, BigDecimal> bigTotals = new LinkedHashMap<>();
        RuntimeException error;
    }

    /** Maps every group into {@code aggregator}, its exact billed total and its skips into {@code log}. */
    void map(LineGroups groups, BillingAggregator aggregator, ReadLog log, int threads) {
        boolean inOrder = groups.inFirstLineOrder();
        int[] order = groups.byFirstLine();
        groups.sealed();
        int slices = Math.max(1, Math.min(threads, order.length / MIN_SLICE));
        int[] sorted = order;
        Slice[] done = IntStream.range(0, slices).parallel()
                .mapToObj(s -> slice(groups, sorted, inOrder, (int) ((long) sorted.length * s / slices),
                        (int) ((long) sorted.length * (s + 1) / slices)))
                .toArray(Slice[]::new);
        groups.release(); // every group is mapped: its bytes are garbage before the slices are added up
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Slice s : done) {
            if (s.error != null) {
                throw s.error;
            }
            aggregator.addAll(s.aggregator);
            log.absorb(s.log, 0);
            s.totals.forEach((currency, acc) -> totals.merge(currency, ScaledDecimal.toBigDecimal(acc, 0), BigDecimal::add));
            s.bigTotals.forEach((currency, v) -> totals.merge(currency, v, BigDecimal::add));
        }
        int scale = groups.billedScale();
        totals.forEach((currency, v) -> log.sourceBilledCost(currency, v.setScale(Math.max(v.scale(), scale))));
    }

    private Slice slice(LineGroups groups, int[] order, boolean inOrder, int from, int to) {
        Slice slice = new Slice();
        slice.aggregator = new BillingAggregator(tags.columns());
        try {
            mapSlice(groups, order, inOrder, from, to, slice);
        } catch (RuntimeException e) {
            slice.error = e;
        }
        return slice;
    }

    /** Maps {@code order[from, to)}; {@code inOrder}: the order is the groups' own, so blocks are let go as they are left. */
    private void mapSlice(LineGroups groups, int[] order, boolean inOrder, int from, int to, Slice slice) {
        GroupMapper one = new GroupMapper(groups, slice);
        int previous = -1;
        for (int k = from; k < to; k++) {
            int g = order[k];
            if (inOrder && previous >= 0 && groups.block(g) != groups.block(previous)) {
                groups.releaseBlockOf(previous, from, to);
            }
            previous = g;
            one.map(g);
        }
    }

    /**
     * Maps one group at a time, for one slice. Its own method, called per group, keeps the
     * slice's loop small: the JIT compiles this once, rather than the loop with all of it
     * inlined again for each inner loop it finds hot.
     */
    private final class GroupMapper {
        private final LineGroups groups;
        private final Slice slice;
        private final BillingRowMapper mapper = mappers.get();
        private final CsvTokenizer tok = new CsvTokenizer(InputStream.nullInputStream(), file, ',');
        private final TokenizedRow row = new TokenizedRow(tok, header, charset);
        private final BillingLineBuffer line = new BillingLineBuffer(tags);
        private byte[] record = new byte[1024];
        private final int[] additive = layout.additive();
        private final int[] days = layout.days();
        private final int[] text = layout.text();
        private final int[] runs = layout.runStarts();
        private final int[] textAt = new int[layout.columns()];
        private final int[] dayAt = new int[layout.columns()];
        private final int[] additiveAt = new int[layout.columns()];
        private final int[] textStart = new int[text.length];
        private final int[] textLength = new int[text.length];
        private final boolean[] textQuoted = new boolean[text.length];
        private final int[] dayValue = new int[days.length];
        private final boolean[] dayPresent = new boolean[days.length];
        private final byte[] signs = new byte[additive.length];
        private final byte[][] midnightText = new byte[days.length][]; // the last day written per day column, as text
        private final int[] midnightDay = new int[days.length];
        private final int scale;

        GroupMapper(LineGroups groups, Slice slice) {
            this.groups = groups;
            this.slice = slice;
            this.scale = groups.billedScale();
            Arrays.fill(textAt, -1);
            Arrays.fill(dayAt, -1);
            Arrays.fill(additiveAt, -1);
            for (int i = 0; i < text.length; i++) {
                textAt[text[i]] = i;
            }
            for (int i = 0; i < days.length; i++) {
                dayAt[days[i]] = i;
            }
            for (int i = 0; i < additive.length; i++) {
                additiveAt[additive[i]] = i;
            }
        }

        void map(int g) {
            // the signature: signs, days, then the kept bytes
            byte[] a = groups.block(g);
            int p = groups.signatureStart(g);
            System.arraycopy(a, p, signs, 0, additive.length);
            p += additive.length;
            for (int d = 0; d < days.length; d++) {
                dayPresent[d] = a[p++] != 0;
                if (dayPresent[d]) {
                    dayValue[d] = (a[p] & 0xFF) << 24 | (a[p + 1] & 0xFF) << 16 | (a[p + 2] & 0xFF) << 8 | (a[p + 3] & 0xFF);
                    p += 4;
                }
            }
            for (int r = 0; r + 1 < runs.length; r++) {
                int length = (a[p] & 0xFF) << 24 | (a[p + 1] & 0xFF) << 16 | (a[p + 2] & 0xFF) << 8 | (a[p + 3] & 0xFF);
                p += 4;
                split(a, p, p + length, runs[r], runs[r + 1]);
                p += length;
            }
            rebuild(g, a, p - groups.signatureStart(g), groups.firstLine(g));
            line.reset();
            mapper.map(row, line);
            String currency = line.dimensions()[BillingLineBuffer.CURRENCY];
            if (signs[0] != 2 && !groups.addSumTo(g, 0, slice.totals.computeIfAbsent(currency, c -> new long[2]))) {
                slice.bigTotals.merge(currency, groups.sum(g, 0), BigDecimal::add);
            }
            if (line.skipReason().isPresent()) {
                BigDecimal billed = signs[0] == 2 ? BigDecimal.ZERO : groups.sum(g, 0);
                slice.log.skipped(file, groups.firstLine(g), line.skipReason().get(), currency,
                        billed.setScale(Math.max(billed.scale(), scale)), groups.records(g));
                return;
            }
            if (line.chargeDay() == Integer.MIN_VALUE) {
                throw new IllegalStateException(formatId + " mapper set no charge day at " + file + ":" + groups.firstLine(g));
            }
            if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
                line.billingPeriodStartDay((int) LocalDate.ofEpochDay(line.chargeDay()).withDayOfMonth(1).toEpochDay());
            }
            slice.aggregator.add(line, row, mapper.billedCostColumn());
        }

        /**
         * Writes group {@code g}'s record, its signature read from block {@code a}, into
         * {@link #record} (made large enough first: the signature's bytes, a midnight per day,
         * the text of each sum), as line {@code line}, and tells the tokenizer where each field
         * lies as it goes: the record is read as if tokenized, without scanning it again.
         */
        private void rebuild(int g, byte[] a, int signatureLength, long line) {
            int room = signatureLength + MIDNIGHT_BYTES * days.length;
            for (int i = 0; i < additive.length; i++) {
                room += groups.hasSpill(g, i) ? groups.sum(g, i).toPlainString().length() : ScaledDecimal.MAX_TEXT;
            }
            record = ensure(record, 0, room);
            tok.preset(record, line, layout.columns());
            row.clearPresetDays();
            int n = 0;
            for (int c = 0; c < layout.columns(); c++) {
                int from = n;
                boolean quoted = false;
                boolean escaped = false;
                if (textAt[c] >= 0) {
                    int t = textAt[c];
                    System.arraycopy(a, textStart[t], record, n, textLength[t]);
                    n += textLength[t];
                    quoted = textQuoted[t];
                    escaped = quoted && hasQuote(record, from, n); // in quotes, a quote is half of a "" escape
                } else if (dayAt[c] >= 0) {
                    int d = dayAt[c];
                    if (dayPresent[d]) {
                        if (midnightDay[d] != dayValue[d] || midnightText[d] == null) {
                            midnightText[d] = midnight(dayValue[d], layout.zones()[d]);
                            midnightDay[d] = dayValue[d];
                        }
                        byte[] v = midnightText[d];
                        System.arraycopy(v, 0, record, n, v.length);
                        n += v.length;
                        row.presetDay(c, layout.zones()[d], dayValue[d]); // the mapper's epochDay need not parse it back
                    }
                } else if (additiveAt[c] >= 0) {
                    int i = additiveAt[c];
                    if (signs[i] != 2) { // present
                        n = groups.writeSum(g, i, record, n);
                    }
                }
                tok.field(c, from, n, quoted, escaped);
            }
        }

        /**
         * Cuts the run {@code a[from, to)} (fields as a tokenizer accepted them, with their quotes
         * and the delimiters between them) into text columns {@code t0} to {@code t1 - 1}.
         */
        private void split(byte[] a, int from, int to, int t0, int t1) {
            int q = from;
            for (int t = t0; t < t1; t++) {
                int i;
                if (q < to && a[q] == '"') {
                    textQuoted[t] = true;
                    textStart[t] = q + 1;
                    i = q + 1;
                    while (a[i] != '"' || (i + 1 < to && a[i + 1] == '"')) {
                        i += a[i] == '"' ? 2 : 1; // a "" escape is data
                    }
                    textLength[t] = i - (q + 1);
                    i++; // the closing quote
                } else {
                    textQuoted[t] = false;
                    textStart[t] = q;
                    i = q;
                    while (i < to && a[i] != ',') {
                        i++;
                    }
                    textLength[t] = i - q;
                }
                q = i + 1; // the delimiter
            }
        }

        private static boolean hasQuote(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] == '"') {
                    return true;
                }
            }
            return false;
        }
    }

    /** Room for a midnight's text: {@code +5881580-07-11T00:00:00+18:00:00} (an int of days, an offset with seconds). */
    private static final int MIDNIGHT_BYTES = 40;

    private static byte[] midnight(int epochDay, ZoneOffset zone) {
        String offset = zone.getTotalSeconds() == 0 ? "Z" : zone.getId();
        return (LocalDate.ofEpochDay(epochDay) + "T00:00:00" + offset).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] ensure(byte[] b, int n, int more) {
        return n + more <= b.length ? b : Arrays.copyOf(b, Math.max(b.length * 2, n + more));
    }
}
