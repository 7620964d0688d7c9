package org.cloudcost.parquet.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.ColumnarBillingReader;

/**
 * The {@link ColumnarBillingReader.Row} view of the current row of a {@link ScanQuery} result:
 * the projected columns read once per row, text looked up by its code in the grouped scan's
 * dictionaries or else deduplicated per column (a month repeats the same few thousand values on
 * millions of rows), absence decided once per value, errors positioned at the file's row number.
 * {@link NativeParquetTable} fills it through {@link #put} and {@link #at} with the values its own
 * decoder grouped, of the same types, so both readers hand rows that read alike.
 */
final class ResultRow implements ColumnarBillingReader.Row {
    /** Distinct values kept per column for deduplication; past it values are not shared. */
    private static final int MAX_DEDUPLICATED = 200_000;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final String file;
    private final List<String> names;
    private final Projection[] bySource;
    private final int[] position;
    private final int countPosition;
    private final int exactColumn;
    private final Map<String, String>[] dictionaries;
    private final String[][] coded;
    private final boolean[][] codedAbsent;
    private final Object[] values;
    private final boolean[] absent;
    private long sourceRows;
    private long line;

    /**
     * A view of results with one column per projection, in order, then the source rows and the
     * first (0-based) row number.
     *
     * @param codes per projection, the values its integer codes stand for (a grouped scan's
     *     dictionaries), or null when the result holds the value itself
     */
    @SuppressWarnings("unchecked")
    ResultRow(String file, List<String> names, List<Projection> projections, int exactColumn, String[][] codes) {
        this.file = file;
        this.names = names;
        this.exactColumn = exactColumn;
        this.bySource = new Projection[names.size()];
        this.position = new int[names.size()];
        this.dictionaries = new Map[names.size()];
        this.coded = new String[names.size()][];
        this.codedAbsent = new boolean[names.size()][];
        this.values = new Object[names.size()];
        this.absent = new boolean[names.size()];
        for (int i = 0; i < projections.size(); i++) {
            Projection p = projections.get(i);
            bySource[p.source()] = p;
            position[p.source()] = i + 1;
            dictionaries[p.source()] = new HashMap<>();
            if (codes != null && codes[i] != null) {
                coded[p.source()] = codes[i];
                codedAbsent[p.source()] = new boolean[codes[i].length];
                for (int c = 0; c < codes[i].length; c++) {
                    codedAbsent[p.source()][c] = absentText(codes[i][c]);
                }
            }
        }
        this.countPosition = projections.size() + 1;
    }

    /** Reads the current row of {@code rs}. */
    void load(ResultSet rs) throws SQLException {
        for (Projection p : bySource) {
            if (p == null) {
                continue;
            }
            int column = p.source();
            int at = position[column];
            String[] dictionary = coded[column];
            if (dictionary != null) {
                int code = rs.getInt(at);
                boolean none = rs.wasNull();
                values[column] = none ? null : dictionary[code];
                absent[column] = none || codedAbsent[column][code];
                continue;
            }
            Object v = switch (outputKind(p)) {
                case TEXT, JSON -> dedup(column, rs.getString(at));
                case EXACT -> rs.getBigDecimal(at);
                case FLOATING -> {
                    double d = rs.getDouble(at);
                    yield rs.wasNull() ? null : d;
                }
                case LOCAL, INSTANT -> {
                    long l = rs.getLong(at);
                    yield rs.wasNull() ? null : l;
                }
            };
            values[column] = v;
            absent[column] = v instanceof String s ? absentText(s) : v == null;
        }
        sourceRows = rs.getLong(countPosition);
        line = rs.getLong(countPosition + 1) + 1;
    }

    /**
     * Sets one projected column of the current row from a value decoded elsewhere, of the type
     * {@link #load} reads for it (a String, a BigDecimal, a Double, a Long; null when absent).
     */
    void put(int column, Object value, boolean isAbsent) {
        values[column] = value;
        absent[column] = isAbsent;
    }

    /** Sets the current row's source rows and its first (0-based) row number, after {@link #put} of each column. */
    void at(long rows, long firstRow) {
        sourceRows = rows;
        line = firstRow + 1;
    }

    /** Empty, blank or the literal {@code NULL} (any case), as CSV exports write a missing value. */
    static boolean absentText(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equalsIgnoreCase("NULL");
    }

    /** The kind of the query's output for {@code p}: a billed DOUBLE comes summed as an exact decimal. */
    private ColumnKind outputKind(Projection p) {
        if (p.kind() == ColumnKind.FLOATING && p.source() == exactColumn) {
            return ColumnKind.EXACT;
        }
        return p.role() == Projection.Role.DAY ? ColumnKind.LOCAL : p.kind();
    }

    private String dedup(int column, String s) {
        if (s == null) {
            return null;
        }
        Map<String, String> d = dictionaries[column];
        String known = d.get(s);
        if (known != null) {
            return known;
        }
        if (d.size() < MAX_DEDUPLICATED) {
            d.put(s, s);
        }
        return s;
    }

    @Override
    public long sourceRows() {
        return sourceRows;
    }

    @Override
    public String file() {
        return file;
    }

    /** The 1-based row number in the file (of the group's first row). */
    @Override
    public long line() {
        return line;
    }

    private Projection projection(int column) {
        Projection p = column >= 0 && column < bySource.length ? bySource[column] : null;
        if (p == null) {
            throw new IllegalStateException("column " + column + " (" + (column >= 0 && column < names.size() ? names.get(column) : "?")
                    + ") of " + file + " was not projected: a mapper must look its columns up through the CsvHeader");
        }
        return p;
    }

    private Projection notDay(int column, String use) {
        Projection p = projection(column);
        if (p.role() == Projection.Role.DAY) {
            throw new IllegalStateException("column " + p.name() + " was declared a day column, read through epochDay only, but is read " + use);
        }
        return p;
    }

    @Override
    public boolean isAbsent(int column) {
        return absent[projection(column).source()];
    }

    @Override
    public String text(int column) {
        Projection p = notDay(column, "as text");
        if (isAbsent(column)) {
            return "";
        }
        Object v = values[column];
        return switch (outputKind(p)) {
            case TEXT, JSON -> (String) v;
            case EXACT -> v instanceof BigDecimal b ? b.toPlainString() : plain(((Number) v).doubleValue());
            case FLOATING -> plain((Double) v);
            case LOCAL -> LocalDateTime.ofEpochSecond(Math.floorDiv((Long) v, MICROS_PER_SECOND),
                    (int) Math.floorMod((Long) v, MICROS_PER_SECOND) * 1000, ZoneOffset.UTC).toString();
            case INSTANT -> Instant.ofEpochSecond(Math.floorDiv((Long) v, MICROS_PER_SECOND),
                    Math.floorMod((Long) v, MICROS_PER_SECOND) * 1000).toString();
        };
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : BigDecimal.valueOf(d).toPlainString();
    }

    @Override
    public boolean equalsIgnoreCase(int column, String literal) {
        Projection p = notDay(column, "as text");
        Object v = values[p.source()];
        return v != null && text(column).equalsIgnoreCase(literal);
    }

    @Override
    public double decimal(int column) {
        if (isAbsent(column)) {
            throw error(column, "expected a decimal number, found an empty value");
        }
        return finite(column, number(column).doubleValue());
    }

    @Override
    public double decimalOr(int column, double fallback) {
        return isAbsent(column) ? fallback : finite(column, number(column).doubleValue());
    }

    private double finite(int column, double d) {
        if (!Double.isFinite(d)) {
            throw error(column, "expected a finite decimal number, found " + d);
        }
        return d;
    }

    @Override
    public BigDecimal exactDecimal(int column) {
        if (isAbsent(column)) {
            return BigDecimal.ZERO;
        }
        Number n = number(column);
        if (n instanceof BigDecimal b) {
            return b;
        }
        double d = finite(column, n.doubleValue());
        return BigDecimal.valueOf(d).setScale(ScanQuery.FLOATING_EXACT_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The value of a present numeric (or numeric-text) column. */
    private Number number(int column) {
        Projection p = notDay(column, "as a number");
        Object v = values[p.source()];
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw error(column, "expected a decimal number, found \"" + shown(s) + "\"");
            }
        }
        if (p.kind().temporal()) {
            throw error(column, "expected a decimal number, found a timestamp");
        }
        return (Number) v;
    }

    @Override
    public long epochSecond(int column, ZoneId zoneWithoutOffset) {
        Projection p = notDay(column, "as a time of day");
        if (isAbsent(column)) {
            throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found an empty value");
        }
        Object v = values[p.source()];
        return switch (p.kind()) {
            case INSTANT -> Math.floorDiv((Long) v, MICROS_PER_SECOND);
            case LOCAL -> LocalDateTime.ofEpochSecond(Math.floorDiv((Long) v, MICROS_PER_SECOND), 0, ZoneOffset.UTC)
                    .atZone(zoneWithoutOffset).toEpochSecond();
            case TEXT -> parsed(column, (String) v, zoneWithoutOffset);
            default -> throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found a number");
        };
    }

    private long parsed(int column, String text, ZoneId zone) {
        try {
            return TextTimestamps.epochSecond(text, zone);
        } catch (DateTimeParseException e) {
            throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found \"" + shown(text) + "\"");
        }
    }

    @Override
    public int epochDay(int column, ZoneId zone) {
        Projection p = projection(column);
        if (p.role() == Projection.Role.DAY) {
            if (!inDayOffset(zone, p.dayOffset())) {
                throw new IllegalStateException("column " + p.name() + " was declared a day column in " + p.dayOffset()
                        + " but is read in " + zone);
            }
            if (isAbsent(column)) {
                throw error(column, "expected a timestamp (ISO 8601, e.g. 2026-10-01T00:00:00Z), found an empty value");
            }
            return Math.toIntExact((Long) values[column]);
        }
        long epochSecond = epochSecond(column, zone);
        if (p.kind() == ColumnKind.LOCAL) {
            return (int) Math.floorDiv(Math.floorDiv((Long) values[column], MICROS_PER_SECOND), 86_400L);
        }
        int offset = zone instanceof ZoneOffset z ? z.getTotalSeconds()
                : zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return (int) Math.floorDiv(epochSecond + offset, 86_400L);
    }

    /**
     * Whether {@code zone} is always {@code offset}. A {@link ZoneOffset} is compared as it is:
     * {@code ZoneOffset.getRules()} builds new rules (and a cache map in them) on every call, and
     * calling it for every group and day column made 50 MB of garbage in a 10 M-row FOCUS read.
     */
    private static boolean inDayOffset(ZoneId zone, ZoneOffset offset) {
        if (zone instanceof ZoneOffset z) {
            return z.equals(offset);
        }
        return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(offset);
    }

    private static String shown(String s) {
        String one = s.replaceAll("[\\r\\n\\t]+", " ");
        return one.length() > 40 ? one.substring(0, 39) + "…" : one;
    }

    /** An error at this row (the file's 1-based row number) and column. */
    @Override
    public InputException error(int column, String problem) {
        String name = column >= 0 && column < names.size() ? names.get(column) : null;
        return new InputException(file, line, column + 1, name, problem + " (Parquet row " + line + ")");
    }
}
