package org.cloudcost.parquet.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.duckdb.DuckDBConnection;

/**
 * One Parquet file open in an in-process DuckDB database of its own (in memory): its schema read
 * at open, its rows streamed by {@link ScanQuery}, only the projected columns decoded. A grouped
 * scan lets DuckDB sum the additive columns, vectorised on every core, so Java maps one row per
 * group instead of one per line item, and hands text as dictionary codes, so each distinct
 * text crosses JDBC once. The groups are fetched in slices, one per part of the scan, each on a
 * connection and a thread of its own, so that fetching and mapping them use every core too.
 *
 * <pre>{@code
 * try (ParquetTable t = ParquetTable.open(Path.of("focus.parquet"), "focus.parquet")) {
 *     t.scan(scan, row -> mapper.map(row, line));                        // one part, the calling thread
 *     t.scan(scan, List.of(row -> first.map(row), row -> second.map(row)));  // two parts, two threads
 * }
 * }</pre>
 */
public final class ParquetTable implements ColumnarBillingReader.Table {
    /**
     * System property: the fewest groups worth a slice of their own, with a connection and a
     * thread (default {@value #MIN_SLICE}); tests set 1 to cut a small fixture among the parts.
     */
    public static final String SLICE_GROUPS_PROPERTY = "cloudcost.parquetSliceGroups";
    /** As the CSV reader's slices of groups: a slice costs a connection, a thread and a mapper of its own. */
    private static final int MIN_SLICE = 20_000;
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
        scan(scan, List.of(rows));
    }

    @Override
    public void scan(ColumnarBillingReader.Scan scan, List<? extends Consumer<ColumnarBillingReader.Row>> parts) {
        List<Projection> projections = projections(scan);
        boolean grouped = grouping && projections.stream().anyMatch(p -> p.role() != Projection.Role.PLAIN);
        try (Statement st = connection.createStatement()) {
            // a grouped scan needs no order: let DuckDB's threads scan out of order
            st.execute("SET preserve_insertion_order = " + !grouped);
            if (grouped) {
                scanGroups(st, projections, scan.billedColumn(), parts);
            } else {
                try (PreparedStatement query = connection.prepareStatement(ScanQuery.rowByRow(projections))) {
                    query.setString(1, file.toString());
                    try (ResultSet rs = query.executeQuery()) {
                        stream(rs, new ResultRow(name, names, projections, scan.billedColumn(), null), parts.get(0));
                    }
                }
            }
        } catch (SQLException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * The grouped scan: groups into a table, a dictionary per text column, the groups with codes
     * into a table of their own; then, when there are enough of them, one slice of that table
     * per part, each fetched on a connection and a thread of its own (the calling thread takes
     * the first), else all of them to the first part.
     */
    private void scanGroups(Statement st, List<Projection> projections, int billedColumn,
                            List<? extends Consumer<ColumnarBillingReader.Row>> parts) throws SQLException {
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
        st.execute(ScanQuery.codedGroups(projections, coded));
        for (String drop : ScanQuery.dropWorkTables(projections.size())) {
            st.execute(drop); // before the fetch: their memory is the engine's, and the coded groups hold all of it
        }
        long count;
        try (ResultSet rs = st.executeQuery(ScanQuery.countCodedGroups())) {
            rs.next();
            count = rs.getLong(1);
        }
        int slices = (int) Math.max(1, Math.min(parts.size(), count / Math.max(1, Integer.getInteger(SLICE_GROUPS_PROPERTY, MIN_SLICE))));
        Slices.run(slices, slice -> {
            try (Connection own = slice == 0 ? null : ((DuckDBConnection) connection).duplicate();
                 Statement query = (own == null ? connection : own).createStatement();
                 ResultSet rs = query.executeQuery(ScanQuery.codedSlice(slice, slices))) {
                stream(rs, new ResultRow(name, names, projections, billedColumn, codes), parts.get(slice));
            }
        }, e -> unreadable(name, e));
    }

    private static void stream(ResultSet rs, ResultRow row, Consumer<ColumnarBillingReader.Row> rows) throws SQLException {
        while (rs.next()) {
            row.load(rs);
            rows.accept(row);
        }
    }

    /** The projected columns and their roles: sums and days only where the type allows them. */
    private List<Projection> projections(ColumnarBillingReader.Scan scan) {
        BitSet columns = scan.columns();
        int[] additive = scan.additive();
        List<Projection> out = new ArrayList<>();
        for (int c = columns.nextSetBit(0); c >= 0 && c < names.size(); c = columns.nextSetBit(c + 1)) {
            ColumnKind kind = ColumnKind.of(types.get(c));
            final int column = c;
            Projection.Role role = Projection.Role.PLAIN;
            if (kind.numeric() && Arrays.stream(additive).anyMatch(a -> a == column)) {
                role = Projection.Role.ADDITIVE;
            } else if (kind.temporal() && scan.dayColumns().containsKey(c)) {
                role = Projection.Role.DAY;
            }
            out.add(new Projection(c, names.get(c), kind, role,
                    role == Projection.Role.DAY ? scan.dayColumns().get(c) : null, scale(types.get(c))));
        }
        return out;
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
