package org.cloudcost.parquet.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.ColumnarBillingReader;

/**
 * One Parquet file open in an in-process DuckDB database of its own (in memory): its schema read
 * at open, its rows streamed by {@link ScanQuery}, only the projected columns decoded. A grouped
 * scan lets DuckDB sum the additive columns, vectorised on every core, so Java maps one row per
 * group instead of one per line item, and hands text as dictionary codes, so each distinct
 * text crosses JDBC once.
 *
 * <pre>{@code
 * try (ParquetTable t = ParquetTable.open(Path.of("focus.parquet"), "focus.parquet")) {
 *     t.scan(scan, row -> mapper.map(row, line));
 * }
 * }</pre>
 */
public final class ParquetTable implements ColumnarBillingReader.Table {
    private static final Pattern DECIMAL_SCALE = Pattern.compile("DECIMAL\\(\\s*\\d+\\s*,\\s*(\\d+)\\s*\\)");

    private final Path file;
    private final String name;
    private final Connection connection;
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private boolean grouping = true;

    private ParquetTable(Path file, String name, Connection connection) {
        this.file = file;
        this.name = name;
        this.connection = connection;
    }

    /**
     * Opens {@code file} and reads its schema.
     *
     * @throws InputException naming {@code name} when DuckDB cannot read the file as Parquet
     */
    public static ParquetTable open(Path file, String name) {
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the in-process DuckDB engine: " + firstLine(e), e);
        }
        ParquetTable t = new ParquetTable(file, name, c);
        try (PreparedStatement describe = c.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
            describe.setString(1, file.toString());
            try (ResultSet rs = describe.executeQuery()) {
                while (rs.next()) {
                    t.names.add(rs.getString(1));
                    t.types.add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            t.close();
            throw unreadable(name, e);
        }
        return t;
    }

    /** One row per source row even when the scan names additive columns: the reference the grouped scan is tested against. */
    public ParquetTable withoutGrouping() {
        grouping = false;
        return this;
    }

    @Override
    public List<String> columnNames() {
        return List.copyOf(names);
    }

    @Override
    public void scan(ColumnarBillingReader.Scan scan, Consumer<ColumnarBillingReader.Row> rows) {
        List<Projection> projections = projections(scan);
        boolean grouped = grouping && projections.stream().anyMatch(p -> p.role() != Projection.Role.PLAIN);
        try (Statement st = connection.createStatement()) {
            // a grouped scan needs no order: let DuckDB's threads scan out of order
            st.execute("SET preserve_insertion_order = " + !grouped);
            if (grouped) {
                scanGroups(st, projections, scan.billedColumn(), rows);
            } else {
                try (PreparedStatement query = connection.prepareStatement(ScanQuery.rowByRow(projections))) {
                    query.setString(1, file.toString());
                    try (ResultSet rs = query.executeQuery()) {
                        stream(rs, new ResultRow(name, names, projections, scan.billedColumn(), null), rows);
                    }
                }
            }
        } catch (SQLException e) {
            throw unreadable(name, e);
        }
    }

    /** The grouped scan: groups into a temporary table, a dictionary per text column, then the groups with codes. */
    private void scanGroups(Statement st, List<Projection> projections, int billedColumn, Consumer<ColumnarBillingReader.Row> rows)
            throws SQLException {
        try (PreparedStatement groups = connection.prepareStatement(ScanQuery.groups(projections, billedColumn))) {
            groups.setString(1, file.toString());
            groups.execute();
        }
        String[][] codes = new String[projections.size()][];
        boolean[] coded = new boolean[projections.size()];
        for (int i = 0; i < projections.size(); i++) {
            Projection p = projections.get(i);
            if (p.role() == Projection.Role.PLAIN && (p.kind() == ColumnKind.TEXT || p.kind() == ColumnKind.JSON)) {
                st.execute(ScanQuery.dictionary(i));
                List<String> values = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(ScanQuery.dictionaryValues(i))) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
                codes[i] = values.toArray(String[]::new);
                coded[i] = true;
            }
        }
        try (ResultSet rs = st.executeQuery(ScanQuery.groupRows(projections, coded))) {
            stream(rs, new ResultRow(name, names, projections, billedColumn, codes), rows);
        }
    }

    private static void stream(ResultSet rs, ResultRow row, Consumer<ColumnarBillingReader.Row> rows) throws SQLException {
        while (rs.next()) {
            row.load(rs);
            rows.accept(row);
        }
    }

    /** The projected columns and their roles. */
    private List<Projection> projections(ColumnarBillingReader.Scan scan) {
        List<ColumnKind> kinds = new ArrayList<>();
        int[] scales = new int[types.size()];
        for (int c = 0; c < types.size(); c++) {
            kinds.add(ColumnKind.of(types.get(c)));
            scales[c] = scale(types.get(c));
        }
        return Projection.of(scan, names, kinds, scales);
    }

    private static int scale(String type) {
        Matcher m = DECIMAL_SCALE.matcher(type.toUpperCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static InputException unreadable(String name, SQLException e) {
        return InputException.ofFile(name, "cannot be read as Parquet: " + firstLine(e));
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }
}
