package org.cloudcost.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cloudcost.bench.internal.PeakRss;
import org.cloudcost.bench.internal.ResultLine;

/**
 * One process, one measurement: DuckDB in-process (JDBC, in memory, {@value #THREADS} threads)
 * sums the billed cost of a CUR, CUR 2.0 or FOCUS file, CSV or Parquet, by the dimensions
 * cloudcost's billing frame keys on ({@link BillingSchema}) and the charge day, with
 * {@code GROUP BY ALL}, and prints one {@link ResultLine}: the groups, the total per currency
 * and this process's peak RSS. CSV is read with {@code read_csv} and its type detection, as a
 * user would; the groups stay inside DuckDB, only their count and sum come back.
 *
 * <pre>
 * java -cp cloudcost-bench.jar org.cloudcost.bench.DuckDbGroupBy bench/target/data/cur-1000000.csv
 * RESULT rows=461433 total=USD:712086.8938 check=- peak_rss_kb=460000
 * </pre>
 */
public final class DuckDbGroupBy {
    /** The machine issue 8 targets has two cores; cloudcost gets no more. */
    static final int THREADS = 2;
    private static final int TOTAL_DECIMALS = 4;

    private DuckDbGroupBy() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: DuckDbGroupBy FILE   (.csv, .csv.gz or .parquet; FILE must exist)");
            System.exit(2);
        }
        ResultLine r = run(Path.of(args[0]));
        System.out.println(ResultLine.format(r.rows(), r.totals(), "-", PeakRss.kilobytes()));
    }

    /**
     * Runs the GROUP BY on {@code file} in a fresh in-memory database.
     *
     * @return the groups and the total per currency (4 decimals); no RSS
     */
    static ResultLine run(Path file) throws SQLException, IOException {
        Map<String, BigDecimal> totals = new TreeMap<>();
        long groups = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = " + THREADS);
            st.execute("SET TimeZone = 'UTC'");
            boolean parquet = file.getFileName().toString().endsWith(".parquet");
            String source = parquet ? "read_parquet(" + literal(file) + ")" : csvSource(file);
            BillingSchema schema = BillingSchema.of(parquet ? columns(st, source) : csvHeader(file));
            try (ResultSet rs = st.executeQuery(query(schema, source))) {
                while (rs.next()) {
                    groups += rs.getLong("groups");
                    totals.put(rs.getString("currency"), rs.getBigDecimal("total").setScale(TOTAL_DECIMALS, RoundingMode.HALF_EVEN));
                }
            }
        }
        return new ResultLine(groups, totals, "-", -1);
    }

    /** The GROUP BY, wrapped so that only one row per currency comes back through JDBC. */
    static String query(BillingSchema s, String source) {
        String keys = s.keys().stream().map(DuckDbGroupBy::identifier).collect(Collectors.joining(", "));
        return "SELECT currency, count(*) AS groups, sum(cost) AS total FROM ("
                + " SELECT " + keys + ", " + identifier(s.currency()) + " AS currency,"
                + " date_trunc('day', " + identifier(s.start()) + ") AS day, sum(" + identifier(s.cost()) + ") AS cost"
                + " FROM " + source + " GROUP BY ALL) GROUP BY currency ORDER BY currency";
    }

    /** {@code read_csv} with type detection; FOCUS files write missing values as {@code NULL}. */
    private static String csvSource(Path file) throws IOException {
        boolean focus = BillingSchema.of(csvHeader(file)) == BillingSchema.FOCUS;
        return "read_csv(" + literal(file) + ", header = true" + (focus ? ", nullstr = 'NULL'" : "") + ")";
    }

    private static List<String> columns(Statement st, String source) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                names.add(rs.getString("column_name"));
            }
        }
        return names;
    }

    /** The names in the first line of a plain CSV (the generators quote none that matter here). */
    private static List<String> csvHeader(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new IOException(file + ": empty");
            }
            List<String> names = new ArrayList<>();
            for (String n : first.replace("\uFEFF", "").split(",")) {
                names.add(n.replace("\"", "").strip());
            }
            return names;
        }
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
