package org.cloudcost.parquet.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudcost.parquet.internal.decode.ByteDictionary;
import org.cloudcost.parquet.internal.decode.ColumnChunkDecoder;
import org.cloudcost.parquet.internal.decode.DecodedColumn;
import org.cloudcost.parquet.internal.decode.FileFooter;
import org.cloudcost.parquet.internal.decode.ParquetFormatException;

/**
 * One reading thread of a grouped scan: it takes row groups in turn, decodes the projected
 * column chunks, builds each row's key from dictionary codes (text and maps), days and numbers'
 * bits, groups the row group's rows in a small table of its own and adds those groups to the
 * file's {@link SharedGroups}. Text codes are this worker's own ({@link #dictionary}), translated
 * when its groups are added.
 *
 * <pre>{@code
 * GroupingWorker w = new GroupingWorker(channel, footer.rowGroups(), rowStarts, plan, nextRowGroup, shared);
 * w.run();   // until no row group is left
 * }</pre>
 */
final class GroupingWorker implements Runnable {
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** Below this magnitude a DOUBLE times 10^12 is within 0.22 of its shortest decimal's: rounding it is exact (see {@link #addUnits}). */
    private static final double FAST_UNITS_LIMIT = 1e3;
    private static final double TEN_TO_BILLED_SCALE = 1e12;
    /** A day column's absence, as its 32-bit key value (no day of a billing file is that far back). */
    static final int ABSENT_DAY = Integer.MIN_VALUE;
    private static final int FLOATING_SUM = 0;
    private static final int BILLED_DOUBLE = 1;
    private static final int EXACT_SUM = 2;

    private final FileChannel channel;
    private final List<FileFooter.RowGroup> rowGroups;
    private final long[] rowStarts;
    private final KeyPlan plan;
    private final AtomicInteger next;
    private final ByteDictionary[] leafDictionaries;
    private final ByteDictionary[] maps;
    private final ColumnChunkDecoder decoder = new ColumnChunkDecoder();
    /** Per projection leaf (2 i, 2 i + 1), its decoded chunk, reused from row group to row group. */
    private final DecodedColumn[] columns;
    private final SharedGroups shared;
    private final SharedGroups.Translation translation;
    private final SharedGroups.Scratch scratch = new SharedGroups.Scratch();
    private final GroupTable local;
    private long[] rowHashes = new long[0];
    private long[][] keys = new long[0][];
    private double[][] floating = new double[0][];
    private long[][] exact = new long[0][];
    private byte[] mapScratch = new byte[64];
    private int[] halfValues = new int[0];
    /** Per additive index: how its rows are summed ({@link #FLOATING_SUM}, {@link #BILLED_DOUBLE}, {@link #EXACT_SUM}). */
    private final int[] mode;

    GroupingWorker(FileChannel channel, List<FileFooter.RowGroup> rowGroups, long[] rowStarts, KeyPlan plan, AtomicInteger next,
            SharedGroups shared) {
        this.channel = channel;
        this.rowGroups = rowGroups;
        this.rowStarts = rowStarts;
        this.plan = plan;
        this.next = next;
        this.leafDictionaries = new ByteDictionary[plan.projections.size() * 2];
        this.maps = new ByteDictionary[plan.projections.size()];
        this.columns = new DecodedColumn[plan.projections.size() * 2];
        Arrays.setAll(columns, c -> new DecodedColumn());
        for (int i = 0; i < plan.projections.size(); i++) {
            leafDictionaries[2 * i] = new ByteDictionary();
            leafDictionaries[2 * i + 1] = new ByteDictionary();
            maps[i] = new ByteDictionary();
        }
        this.shared = shared;
        this.translation = new SharedGroups.Translation(plan.projections.size());
        this.local = new GroupTable(plan.width, plan.exactSlot, plan.floatingSlot, plan.sumSlots);
        this.mode = new int[plan.additiveCount];
        for (int i = 0; i < plan.projections.size(); i++) {
            int a = plan.additive[i];
            if (a >= 0) {
                mode[a] = plan.scale[a] < 0 ? FLOATING_SUM : plan.columns[i].kind() == ColumnKind.FLOATING ? BILLED_DOUBLE : EXACT_SUM;
            }
        }
    }

    /** This thread's codes in the shared table's, filled as its groups are added there. */
    SharedGroups.Translation translation() {
        return translation;
    }

    /** The text dictionary of projection {@code i}'s leaf {@code leaf} (0; a map's values: 1). */
    ByteDictionary dictionary(int i, int leaf) {
        return leafDictionaries[2 * i + leaf];
    }

    /** The maps of projection {@code i}: each a sequence of (key code, value code + 1) int pairs. */
    ByteDictionary maps(int i) {
        return maps[i];
    }

    @Override
    public void run() {
        try {
            for (int g = next.getAndIncrement(); g < rowGroups.size(); g = next.getAndIncrement()) {
                rowGroup(rowGroups.get(g), rowStarts[g]);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void rowGroup(FileFooter.RowGroup group, long firstRow) throws IOException {
        if (group.numRows() > Integer.MAX_VALUE - 16) {
            throw new ParquetFormatException("a row group of " + group.numRows() + " rows");
        }
        int rows = (int) group.numRows();
        prepare(rows);
        for (int i = 0; i < plan.projections.size(); i++) {
            FileColumn c = plan.columns[i];
            if (c.isMap()) {
                mapColumn(i, group, rows);
            } else {
                flatColumn(i, group, rows);
            }
        }
        aggregate(rows, firstRow);
    }

    private void prepare(int rows) {
        if (keys.length != plan.width || keys.length > 0 && keys[0].length < rows) {
            keys = new long[plan.width][rows];
            floating = new double[plan.additiveCount][rows];
            exact = new long[plan.additiveCount][rows];
        }
        for (int w = plan.flagWord; w < plan.width; w++) {
            Arrays.fill(keys[w], 0, rows, 0L);
        }
    }

    private DecodedColumn decode(FileFooter.RowGroup group, int leaf, int maxDefinition, int maxRepetition, ByteDictionary d,
            DecodedColumn into) throws IOException {
        if (leaf >= group.columns().size()) {
            throw new ParquetFormatException("a row group has " + group.columns().size() + " column chunks, fewer than the schema's leaves");
        }
        decoder.decode(channel, group.columns().get(leaf), maxDefinition, maxRepetition, d, into);
        return into;
    }

    private void flatColumn(int i, FileFooter.RowGroup group, int rows) throws IOException {
        FileColumn c = plan.columns[i];
        Projection p = plan.projections.get(i);
        DecodedColumn d = decode(group, c.firstLeaf(), c.definition(), 0, leafDictionaries[2 * i], columns[2 * i]);
        if (d.entries() != rows) {
            throw new ParquetFormatException("column " + c.name() + " has " + d.entries() + " values in a row group of " + rows + " rows");
        }
        int[] def = d.definition();
        int max = c.definition();
        int v = 0;
        switch (p.role()) {
            case DAY -> {
                long offset = p.kind() == ColumnKind.INSTANT ? p.dayOffset().getTotalSeconds() * 1_000_000L : 0;
                long[] values = d.longs();
                int[] out = halves(rows);
                for (int r = 0; r < rows; r++) {
                    out[r] = def != null && def[r] != max ? ABSENT_DAY
                            : Math.toIntExact(Math.floorDiv(micros(c, values[v++]) + offset, MICROS_PER_DAY));
                }
                storeHalves(i, out, rows);
            }
            case PLAIN -> {
                if (c.kind() == ColumnKind.TEXT) {
                    int[] codes = d.codes();
                    int[] out = halves(rows);
                    for (int r = 0; r < rows; r++) {
                        out[r] = def != null && def[r] != max ? 0 : codes[v++] + 1;
                    }
                    storeHalves(i, out, rows);
                } else {
                    long[] out = keys[plan.word[i]];
                    long[] values = d.longs();
                    long[] flags = keys[plan.flagWordOf(plan.flag[i])];
                    long absentBit = 1L << (plan.flag[i] % 64);
                    boolean temporal = c.kind().temporal();
                    for (int r = 0; r < rows; r++) {
                        if (def != null && def[r] != max) {
                            out[r] = 0;
                            flags[r] |= absentBit;
                        } else {
                            long value = values[v++];
                            out[r] = temporal ? micros(c, value) : value;
                        }
                    }
                }
            }
            case ADDITIVE -> additiveColumn(i, c, d, rows);
        }
    }

    private void additiveColumn(int i, FileColumn c, DecodedColumn d, int rows) {
        int a = plan.additive[i];
        int[] def = d.definition();
        int max = c.definition();
        long[] values = d.longs();
        long[] flags = keys[plan.flagWordOf(plan.flag[i])];
        int shift = plan.flag[i] % 64;
        double[] f = floating[a];
        long[] e = exact[a];
        boolean isDouble = c.kind() == ColumnKind.FLOATING;
        int v = 0;
        for (int r = 0; r < rows; r++) {
            long sign;
            if (def != null && def[r] != max) {
                sign = KeyPlan.ABSENT;
                f[r] = 0;
                e[r] = 0;
            } else if (isDouble) {
                double x = Double.longBitsToDouble(values[v++]);
                f[r] = x;
                sign = !Double.isFinite(x) ? KeyPlan.NOT_FINITE : x > 0 ? KeyPlan.POSITIVE : x < 0 ? KeyPlan.NEGATIVE : KeyPlan.ZERO;
            } else {
                long x = values[v++];
                e[r] = x;
                f[r] = x;
                sign = x > 0 ? KeyPlan.POSITIVE : x < 0 ? KeyPlan.NEGATIVE : KeyPlan.ZERO;
            }
            flags[r] |= sign << shift;
        }
    }

    private void mapColumn(int i, FileFooter.RowGroup group, int rows) throws IOException {
        FileColumn c = plan.columns[i];
        DecodedColumn k = decode(group, c.firstLeaf(), c.keyDefinition(), 1, leafDictionaries[2 * i], columns[2 * i]);
        DecodedColumn val = decode(group, c.firstLeaf() + 1, c.valueDefinition(), 1, leafDictionaries[2 * i + 1], columns[2 * i + 1]);
        if (k.entries() != val.entries()) {
            throw new ParquetFormatException("map " + c.name() + " has " + k.entries() + " keys and " + val.entries() + " values");
        }
        int[] keyDef = k.definition();
        int[] valueDef = val.definition();
        int[] rep = k.repetition();
        int[] keyCodes = k.codes();
        int[] valueCodes = val.codes();
        int[] out = halves(rows);
        ByteDictionary interned = maps[i];
        int entryDefinition = c.mapDefinition() + 1;
        int kv = 0;
        int vv = 0;
        int row = -1;
        int e = 0;
        int n = k.entries();
        while (e < n) {
            if (rep[e] != 0) {
                throw new ParquetFormatException("map " + c.name() + " has an entry that starts no row");
            }
            row++;
            if (row >= rows) {
                throw new ParquetFormatException("map " + c.name() + " has more rows than its row group");
            }
            int kd = keyDef == null ? c.keyDefinition() : keyDef[e];
            if (kd < c.mapDefinition()) {
                out[row] = 0;
                e++;
                continue;
            }
            int length = 0;
            if (kd < entryDefinition) {
                e++;
            } else {
                do {
                    int vd = valueDef == null ? c.valueDefinition() : valueDef[e];
                    if ((keyDef == null ? c.keyDefinition() : keyDef[e]) != c.keyDefinition()) {
                        throw new ParquetFormatException("map " + c.name() + " has an entry without a key");
                    }
                    int keyCode = keyCodes[kv++];
                    int valueCode = vd == c.valueDefinition() ? valueCodes[vv++] + 1 : 0;
                    if (length + 8 > mapScratch.length) {
                        mapScratch = Arrays.copyOf(mapScratch, mapScratch.length * 2);
                    }
                    INTS.set(mapScratch, length, keyCode);
                    INTS.set(mapScratch, length + 4, valueCode);
                    length += 8;
                    e++;
                } while (e < n && rep[e] != 0);
            }
            out[row] = interned.intern(mapScratch, 0, length) + 1;
        }
        if (row != rows - 1) {
            throw new ParquetFormatException("map " + c.name() + " has " + (row + 1) + " rows in a row group of " + rows);
        }
        storeHalves(i, out, rows);
    }

    private int[] halves(int rows) {
        if (halfValues.length < rows) {
            halfValues = new int[rows];
        }
        return halfValues;
    }

    /** Writes 32-bit values into projection {@code i}'s half of its key word: the low half first, so the high half is or-ed in. */
    private void storeHalves(int i, int[] values, int rows) {
        long[] out = keys[plan.word[i]];
        if (plan.half[i] == 0) {
            for (int r = 0; r < rows; r++) {
                out[r] = values[r] & 0xffffffffL;
            }
        } else {
            for (int r = 0; r < rows; r++) {
                out[r] |= (long) values[r] << 32;
            }
        }
    }

    /** A timestamp or date value in epoch microseconds. */
    private static long micros(FileColumn c, long value) {
        try {
            if (c.date()) {
                return Math.multiplyExact(value, MICROS_PER_DAY);
            }
            return switch ((int) (c.unitPerSecond() / 1000)) {
                case 1 -> Math.multiplyExact(value, 1000L);
                case 1000 -> value;
                default -> Math.floorDiv(value, 1000L);
            };
        } catch (ArithmeticException e) {
            throw new ParquetFormatException("column " + c.name() + " holds a time out of range (" + value + ")");
        }
    }

    /**
     * Groups the row group's rows in a table of its own, small enough to stay in the processor's
     * caches (a month's files are ordered by time, so a row group's rows fall into few groups),
     * then adds its groups to this worker's table.
     */
    private void aggregate(int rows, long firstRow) {
        int adds = plan.additiveCount;
        GroupTable t = local;
        t.clear();
        if (rowHashes.length < rows) {
            rowHashes = new long[rows];
        }
        GroupTable.hashes(keys, plan.width, rows, rowHashes);
        for (int r = 0; r < rows; r++) {
            int g = t.find(keys, r, rowHashes[r], firstRow + r);
            t.count(g, 1);
            for (int a = 0; a < adds; a++) {
                switch (mode[a]) {
                    case FLOATING_SUM -> t.addFloating(g, a, floating[a][r]);
                    case BILLED_DOUBLE -> {
                        double x = floating[a][r];
                        t.addFloating(g, a, x);
                        if (Double.isFinite(x)) {
                            addUnits(t, g, a, x);
                        }
                    }
                    default -> t.addExact(g, a, exact[a][r]);
                }
            }
        }
        shared.add(this, t, scratch);
    }

    /**
     * Adds a DOUBLE billed amount as units of 10^-12: its shortest decimal form (as a CSV export
     * writes it) rounded half-even to 12 places, as the row-by-row reader reads it. Below
     * {@value #FAST_UNITS_LIMIT} in magnitude, {@code x * 10^12} is within 0.22 of that decimal
     * times 10^12 (the double's own error plus the product's, each under 0.11 there), so when it is
     * within 0.25 of an integer that integer is the answer; otherwise the exact way.
     */
    private static void addUnits(GroupTable t, int g, int a, double x) {
        if (Math.abs(x) < FAST_UNITS_LIMIT) {
            double scaled = x * TEN_TO_BILLED_SCALE;
            double rounded = Math.rint(scaled);
            if (Math.abs(scaled - rounded) < 0.25) {
                t.addExact(g, a, (long) rounded);
                return;
            }
        }
        BigInteger units = BigDecimal.valueOf(x).setScale(KeyPlan.BILLED_SCALE, RoundingMode.HALF_EVEN).unscaledValue();
        if (units.bitLength() < 63) {
            t.addExact(g, a, units.longValue());
        } else {
            t.addExact(g, a, new BigDecimal(units));
        }
    }
}
