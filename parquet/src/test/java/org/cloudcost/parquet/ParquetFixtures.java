package org.cloudcost.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Parquet copies of our CSV fixtures, written by DuckDB at test time (no binary fixture in the
 * repository), and the comparison of the frames read from both.
 */
final class ParquetFixtures {
    private ParquetFixtures() {
    }

    /**
     * Writes {@code csv} as Parquet: every column text, except those {@code types} names, cast
     * with {@code TRY_CAST} (so {@code NULL} and empty become SQL NULL); {@code extra} is
     * appended to the SELECT (e.g. a {@code UNION ALL} of a shifted copy, over {@code src}).
     */
    static Path copy(Path csv, Path parquet, List<String> columns, Map<String, String> types, String extra) {
        return copy(csv, parquet, columns, types, extra, "");
    }

    /** {@link #copy(Path, Path, List, Map, String)} with more options of DuckDB's Parquet writer ({@code ", COMPRESSION 'gzip'"}). */
    static Path copy(Path csv, Path parquet, List<String> columns, Map<String, String> types, String extra, String options) {
        List<String> select = new ArrayList<>();
        for (String c : columns) {
            String q = '"' + c + '"';
            String type = types.get(c);
            select.add(type == null ? q : type.startsWith("=") ? type.substring(1) + " AS " + q : "TRY_CAST(" + q + " AS " + type + ") AS " + q);
        }
        sql("CREATE TABLE src AS SELECT * FROM read_csv('" + csv + "', all_varchar = true, header = true)",
                "COPY (SELECT " + String.join(", ", select) + " FROM src " + extra + ") TO '" + parquet + "' (FORMAT parquet" + options + ")");
        return parquet;
    }

    /** The column names of a CSV fixture's header (plain or quoted names without commas). */
    static List<String> header(Path csv) {
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(csv)) {
            List<String> names = new ArrayList<>();
            for (String n : r.readLine().split(",")) {
                names.add(n.replace("\"", "").strip());
            }
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs statements in a fresh in-memory DuckDB (UTC). */
    static void sql(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            for (String st : statements) {
                s.execute(st);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The frames of two datasets are equal: same rows in the same order, amounts within {@code tolerance}. */
    static void assertSameFrame(CostDataset actual, CostDataset expected, double tolerance) {
        assertSameFrame(actual.billing().table(), expected.billing().table(), tolerance);
    }

    /** The two frame tables are equal: same rows in the same order, amounts within {@code tolerance}. */
    static void assertSameFrame(Table a, Table e, double tolerance) {
        assertThat(a.columnNames()).isEqualTo(e.columnNames());
        assertThat(a.rowCount()).as("frame rows").isEqualTo(e.rowCount());
        for (Column<?> col : e.columns()) {
            for (int r = 0; r < e.rowCount(); r++) {
                if (col.type() == ColumnType.DOUBLE) {
                    assertThat(a.doubleColumn(col.name()).getDouble(r)).as(col.name() + " row " + r)
                            .isCloseTo(e.doubleColumn(col.name()).getDouble(r), within(tolerance));
                } else {
                    assertThat(a.column(col.name()).getString(r)).as(col.name() + " row " + r).isEqualTo(col.getString(r));
                }
            }
        }
    }

    /** Same data lines, frame rows, skipped lines and exact source totals per file. */
    static void assertSameReport(ReadReport actual, ReadReport expected) {
        assertThat(actual.files()).hasSameSizeAs(expected.files());
        for (int i = 0; i < expected.files().size(); i++) {
            assertThat(actual.files().get(i).dataLines()).isEqualTo(expected.files().get(i).dataLines());
            assertThat(actual.files().get(i).rows()).isEqualTo(expected.files().get(i).rows());
        }
        assertThat(actual.linesSkipped()).isEqualTo(expected.linesSkipped());
        // same reasons in the same order, each at the same first line with the same count and cost
        assertThat(actual.skipped()).hasSameSizeAs(expected.skipped());
        for (int i = 0; i < expected.skipped().size(); i++) {
            ReadReport.SkippedLines a = actual.skipped().get(i);
            ReadReport.SkippedLines e = expected.skipped().get(i);
            assertThat(a.reason()).isEqualTo(e.reason());
            assertThat(a.count()).as(e.reason()).isEqualTo(e.count());
            assertThat(a.firstLine()).as(e.reason() + " first line").isEqualTo(e.firstLine() - 1);
            assertThat(a.billedCost().keySet()).isEqualTo(e.billedCost().keySet());
            e.billedCost().forEach((currency, cost) -> assertThat(a.billedCost().get(currency)).isEqualByComparingTo(cost));
        }
        assertThat(actual.sourceBilledCost().keySet()).isEqualTo(expected.sourceBilledCost().keySet());
        expected.sourceBilledCost().forEach((currency, total) ->
                assertThat(actual.sourceBilledCost().get(currency)).as(currency).isEqualByComparingTo(total));
    }
}
