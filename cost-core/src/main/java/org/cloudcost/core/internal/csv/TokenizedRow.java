package org.cloudcost.core.internal.csv;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

/**
 * The {@link CsvRow} view of a {@link CsvTokenizer}'s current record: parses fields in place,
 * deduplicates text per column and names file, line and column in every error.
 */
public final class TokenizedRow implements CsvRow {
    private final CsvTokenizer tok;
    private final CsvHeader header;
    private final Charset charset;
    private final StringDictionary[] dictionaries;
    private final DecimalParser decimal = new DecimalParser();
    private final DecimalParser captured = new DecimalParser();
    private boolean capturedPresent;
    private final TimestampParser timestamp = new TimestampParser();
    /** Per column, the zone of a day told by {@link #presetDay} for the current record (null: none), and the day. */
    private java.time.ZoneId[] presetZones = new java.time.ZoneId[0];
    private int[] presetDays = new int[0];

    /** A view over {@code tok}'s records, whose columns {@code header} names. */
    public TokenizedRow(CsvTokenizer tok, CsvHeader header, Charset charset) {
        this.tok = tok;
        this.header = header;
        this.charset = charset;
        this.dictionaries = new StringDictionary[header.size()];
    }

    /** The header this row is read against. */
    public CsvHeader header() {
        return header;
    }

    @Override
    public String file() {
        return tok.fileName();
    }

    @Override
    public long line() {
        return tok.recordLine();
    }

    /** Number of fields in this record. */
    public int fieldCount() {
        return tok.fieldCount();
    }

    @Override
    public boolean isAbsent(int column) {
        int s = tok.start(column);
        int e = tok.end(column);
        byte[] b = tok.buffer();
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        int n = e - s;
        return n == 0 || (n == 4 && (b[s] | 0x20) == 'n' && (b[s + 1] | 0x20) == 'u'
                && (b[s + 2] | 0x20) == 'l' && (b[s + 3] | 0x20) == 'l');
    }

    @Override
    public String text(int column) {
        if (isAbsent(column)) {
            return "";
        }
        StringDictionary d = dictionaries[column];
        if (d == null) {
            d = dictionaries[column] = new StringDictionary(charset);
        }
        return d.get(tok.buffer(), tok.start(column), tok.end(column), tok.hasEscapedQuotes(column));
    }

    /** The field as a new string, not deduplicated ({@code ""} when empty); for one-off values. */
    public String rawText(int column) {
        if (tok.hasEscapedQuotes(column)) {
            return unescape(column);
        }
        return new String(tok.buffer(), tok.start(column), tok.end(column) - tok.start(column), charset);
    }

    private String unescape(int column) {
        String s = new String(tok.buffer(), tok.start(column), tok.end(column) - tok.start(column), charset);
        return s.replace("\"\"", "\"");
    }

    @Override
    public boolean equalsIgnoreCase(int column, String literal) {
        int s = tok.start(column);
        int e = tok.end(column);
        if (e - s != literal.length()) {
            return false;
        }
        byte[] b = tok.buffer();
        for (int i = 0; i < literal.length(); i++) {
            int c = b[s + i];
            int l = literal.charAt(i);
            if (c != l && !(Character.isLetter(l) && (c | 0x20) == (l | 0x20))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double decimal(int column) {
        if (isAbsent(column)) {
            throw error(column, "expected a decimal number, found an empty value");
        }
        parseDecimal(column);
        return decimal.doubleValue();
    }

    @Override
    public double decimalOr(int column, double fallback) {
        if (isAbsent(column)) {
            return fallback;
        }
        parseDecimal(column);
        return decimal.doubleValue();
    }

    /** Parses the field and returns its exact value; 0 when absent. */
    public BigDecimal exactDecimalOrZero(int column) {
        if (isAbsent(column)) {
            return BigDecimal.ZERO;
        }
        parseDecimal(column);
        return decimal.exactValue();
    }

    /**
     * Parses the field and keeps its exact value for {@link #addCapturedTo}, before a mapper
     * reads the record (whose own parses do not disturb it).
     *
     * @throws InputException when the field is present but not a number
     */
    public void captureExact(int column) {
        capturedPresent = !isAbsent(column);
        if (capturedPresent) {
            parseDecimal(column, captured);
        }
    }

    /**
     * Parses the field and adds its value to a {@link ScaledDecimal} sum at {@code acc[i]}.
     *
     * @return the value's sign (-1, 0, 1), 2 when the field is absent, or
     *         {@code Integer.MIN_VALUE} when the value has more than 18 decimals or is too large
     *         (nothing added: the caller keeps it exactly some other way)
     * @throws InputException when the field is present but not a number
     */
    public int addScaledTo(int column, long[] acc, int i) {
        if (isAbsent(column)) {
            return 2;
        }
        parseDecimal(column);
        return decimal.addScaledTo(acc, i) ? decimal.signum() : Integer.MIN_VALUE;
    }

    /** The number of decimals the last number parsed was written with. */
    public int lastScale() {
        return decimal.scale();
    }

    /** The exact value of the field (0 when absent). */
    public BigDecimal exactValue(int column) {
        return exactDecimalOrZero(column);
    }

    /** Adds the value kept by {@link #captureExact} to {@code sum}; nothing when the field was absent. */
    public void addCapturedTo(ExactDecimalSum sum) {
        if (capturedPresent) {
            captured.addExactTo(sum);
        }
    }

    /** The value kept by {@link #captureExact}, 0 when the field was absent. */
    public BigDecimal captured() {
        return capturedPresent ? captured.exactValue() : BigDecimal.ZERO;
    }

    private void parseDecimal(int column) {
        parseDecimal(column, decimal);
    }

    private void parseDecimal(int column, DecimalParser decimal) {
        if (!decimal.parse(tok.buffer(), tok.start(column), tok.end(column))) {
            if (decimal.outOfRange()) {
                throw error(column, "expected a finite decimal number, found \"" + shown(column) + "\" (out of range)");
            }
            throw error(column, "expected a decimal number, found \"" + shown(column) + "\"");
        }
        if (!decimal.isFinite()) {
            throw error(column, "expected a finite decimal number, found \"" + shown(column) + "\" (out of range)");
        }
    }

    @Override
    public long epochSecond(int column, ZoneId zoneWithoutOffset) {
        parseTimestamp(column);
        return timestamp.epochSecond(zoneWithoutOffset);
    }

    @Override
    public int epochDay(int column, ZoneId zone) {
        if (column < presetZones.length && presetZones[column] != null && presetZones[column].equals(zone)) {
            return presetDays[column];
        }
        parseTimestamp(column);
        long epochSecond = timestamp.epochSecond(zone);
        int offset = zone instanceof ZoneOffset z ? z.getTotalSeconds()
                : zone.getRules().getOffset(java.time.Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return (int) Math.floorDiv(epochSecond + offset, 86_400L);
    }

    /**
     * Tells the row that field {@code column} of the current record is a time on {@code day} in
     * {@code zone}, as whoever wrote the record knows (a grouped read rebuilds each group's record
     * with a day column as that day's midnight text): {@link #epochDay} in that zone then gives
     * it without parsing the text. Holds until {@link #clearPresetDays}; a row read from a file
     * has none.
     */
    public void presetDay(int column, ZoneId zone, int day) {
        if (column >= presetZones.length) {
            presetZones = java.util.Arrays.copyOf(presetZones, column + 1);
            presetDays = java.util.Arrays.copyOf(presetDays, column + 1);
        }
        presetZones[column] = zone;
        presetDays[column] = day;
    }

    /** Forgets every {@link #presetDay}: the next record is another. */
    public void clearPresetDays() {
        java.util.Arrays.fill(presetZones, null);
    }

    private void parseTimestamp(int column) {
        if (isAbsent(column)) {
            throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found an empty value");
        }
        if (!timestamp.parse(tok.buffer(), tok.start(column), tok.end(column))) {
            throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found \"" + shown(column) + "\"");
        }
    }

    /** The field as written, shortened and on one line, for messages. */
    public String shown(int column) {
        return OneLine.of(rawText(column), 40);
    }

    @Override
    public InputException error(int column, String problem) {
        String name = column >= 0 && column < header.size() ? header.name(column) : null;
        return new InputException(tok.fileName(), tok.recordLine(), column + 1, name, problem);
    }
}
