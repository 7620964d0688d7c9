package org.cloudcost.parquet.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a scan over one Parquet file: the projected columns only, each as the view reads it
 * (JSON text for maps, epoch microseconds for timestamps, a day number for a day column).
 *
 * <p>A row-by-row scan is one query. A grouped scan is three steps, because handing text
 * through JDBC costs far more than grouping it (every text cell of a result is decoded into a
 * Java string): {@link #groups} sums the additive columns into a temporary table over the
 * groups of rows that agree on every other column and on each additive column's sign class,
 * counting the rows of each group and taking its first row number; {@link #dictionary} gives
 * each text column's distinct values a code; {@link #groupRows} hands the groups with codes in
 * place of text. The groups come in no particular order: sorting them costs a quarter of the
 * query, and the reader needs no order (docs/parquet.md).
 *
 * <pre>{@code
 * statement.execute(ScanQuery.groups(projections, billed));   // bind the file path as parameter 1
 * statement.execute(ScanQuery.dictionary(i));                 // per text projection i
 * ResultSet values = statement.executeQuery(ScanQuery.dictionaryValues(i));
 * ResultSet groups = statement.executeQuery(ScanQuery.groupRows(projections));
 * }</pre>
 */
final class ScanQuery {
    /** The scale a DOUBLE billed cost is summed at: finer than exports write amounts (CUR: 10 decimals). */
    static final int FLOATING_EXACT_SCALE = 12;
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    /** Bits per additive column in a combined sign key: 5 classes (zero, positive, negative, absent, not finite). */
    private static final int SIGN_BITS = 3;
    /** Additive columns per BIGINT sign key (63 value bits). */
    private static final int SIGNS_PER_KEY = 63 / SIGN_BITS;
    private static final String GROUPS = "cloudcost_groups";

    private ScanQuery() {
    }

    /**
     * The row-by-row query; its result has one column per projection, in order, then the row
     * count (1) and the 0-based row number, in file order.
     */
    static String rowByRow(List<Projection> projections) {
        List<String> outputs = new ArrayList<>();
        for (Projection p : projections) {
            outputs.add(p.role() == Projection.Role.DAY ? day(p) : value(p, false));
        }
        return "SELECT " + join(outputs) + (outputs.isEmpty() ? "" : ", ") + "1, file_row_number"
                + " FROM read_parquet(?, file_row_number = true)";
    }

    /**
     * Creates the temporary table of the groups: column {@code c<i>} per projection {@code i},
     * then {@code source_rows} and {@code first_row} (0-based). Keys are grouped as stored
     * (a map or a number is turned into text once per group, not per row); the sign classes of
     * all additive columns form one key.
     *
     * @param exactColumn the source column whose sum must be exact (the billed cost), or -1
     */
    static String groups(List<Projection> projections, int exactColumn) {
        List<String> outputs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Projection> additive = new ArrayList<>();
        for (int i = 0; i < projections.size(); i++) {
            Projection p = projections.get(i);
            switch (p.role()) {
                case ADDITIVE -> {
                    outputs.add("sum(" + summand(p, p.source() == exactColumn) + ") AS c" + i);
                    additive.add(p);
                }
                case DAY -> {
                    outputs.add(day(p) + " AS c" + i);
                    keys.add(day(p));
                }
                default -> {
                    outputs.add(value(p, p.source() == exactColumn) + " AS c" + i);
                    keys.add(p.identifier());
                }
            }
        }
        for (int from = 0; from < additive.size(); from += SIGNS_PER_KEY) {
            keys.add(signKey(additive.subList(from, Math.min(additive.size(), from + SIGNS_PER_KEY))));
        }
        outputs.add("count(*) AS source_rows");
        outputs.add("min(file_row_number) AS first_row");
        return "CREATE OR REPLACE TEMPORARY TABLE " + GROUPS + " AS SELECT " + join(outputs)
                + " FROM read_parquet(?, file_row_number = true)" + (keys.isEmpty() ? "" : " GROUP BY " + join(keys));
    }

    /** Creates the dictionary of the text column {@code c<i>} of the groups: each distinct present value and its code from 0. */
    static String dictionary(int i) {
        return "CREATE OR REPLACE TEMPORARY TABLE " + dictionaryTable(i) + " AS SELECT v, CAST(row_number() OVER () - 1 AS INTEGER) AS code"
                + " FROM (SELECT DISTINCT c" + i + " AS v FROM " + GROUPS + " WHERE c" + i + " IS NOT NULL)";
    }

    /** The values of dictionary {@code i}, in code order. */
    static String dictionaryValues(int i) {
        return "SELECT v FROM " + dictionaryTable(i) + " ORDER BY code";
    }

    /**
     * The groups: per projection its value, or its dictionary code (NULL when absent) when
     * {@code coded[i]}; then the source rows and the first row number.
     */
    static String groupRows(List<Projection> projections, boolean[] coded) {
        List<String> outputs = new ArrayList<>();
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < projections.size(); i++) {
            if (coded[i]) {
                outputs.add(dictionaryTable(i) + ".code");
                joins.append(" LEFT JOIN ").append(dictionaryTable(i)).append(" ON g.c").append(i).append(" = ")
                        .append(dictionaryTable(i)).append(".v");
            } else {
                outputs.add("g.c" + i);
            }
        }
        outputs.add("g.source_rows");
        outputs.add("g.first_row");
        return "SELECT " + join(outputs) + " FROM " + GROUPS + " AS g" + joins;
    }

    private static String dictionaryTable(int i) {
        return "cloudcost_dictionary_" + i;
    }

    private static String join(List<String> parts) {
        return String.join(", ", parts);
    }

    /** The column as the view reads it. */
    private static String value(Projection p, boolean exact) {
        String q = p.identifier();
        return switch (p.kind()) {
            case TEXT -> "CAST(" + q + " AS VARCHAR)";
            case JSON -> "CAST(to_json(" + q + ") AS VARCHAR)";
            case EXACT -> "CAST(" + q + " AS DECIMAL(38, " + p.scale() + "))";
            case FLOATING -> exact ? "CAST(" + q + " AS DECIMAL(38, " + FLOATING_EXACT_SCALE + "))" : "CAST(" + q + " AS DOUBLE)";
            case LOCAL -> "epoch_us(CAST(" + q + " AS TIMESTAMP))";
            case INSTANT -> "epoch_us(" + q + ")";
        };
    }

    private static String summand(Projection p, boolean exact) {
        return p.kind() == ColumnKind.FLOATING && !exact ? "CAST(" + p.identifier() + " AS DOUBLE)" : value(p, exact);
    }

    /**
     * One integer key of the sign classes of {@code additive}, {@value #SIGN_BITS} bits each:
     * 0 zero, 1 positive, 2 negative, 3 absent, 4 not finite (NaN or infinite, binary floating point only).
     */
    private static String signKey(List<Projection> additive) {
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < additive.size(); k++) {
            Projection p = additive.get(k);
            String q = p.identifier();
            String nonFinite = p.kind() == ColumnKind.FLOATING ? " WHEN NOT isfinite(" + q + ") THEN 4" : "";
            terms.add("CAST(CASE WHEN " + q + " IS NULL THEN 3" + nonFinite + " WHEN " + q + " > 0 THEN 1 WHEN " + q
                    + " < 0 THEN 2 ELSE 0 END AS BIGINT) * " + (1L << (SIGN_BITS * k)));
        }
        return "(" + String.join(" + ", terms) + ")";
    }

    /** Days since 1970-01-01 in the projection's offset; a wall-clock time's own day. */
    private static String day(Projection p) {
        long offsetMicros = p.kind() == ColumnKind.INSTANT ? p.dayOffset().getTotalSeconds() * 1_000_000L : 0;
        return "CAST(floor((" + value(p, false) + " + " + offsetMicros + ") / " + MICROS_PER_DAY + ") AS BIGINT)";
    }
}
