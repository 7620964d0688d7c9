package org.cloudcost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.cloudcost.bench.internal.GeneratedFile;

/**
 * Writes the Parquet copies of the generated CSVs with DuckDB ({@code COPY (SELECT …) TO …
 * (FORMAT parquet)}), typed as the AWS exports type them:
 * <ul>
 * <li>{@code focus}: a FOCUS CSV as AWS's FOCUS 1.2 export: costs and quantities {@code DOUBLE},
 * the period columns {@code TIMESTAMP}, {@code Tags} a {@code MAP(VARCHAR, VARCHAR)}, the rest
 * text (account ids keep their leading zeros);</li>
 * <li>{@code cur2}: a legacy CUR CSV ({@link CurCsvGenerator}) as a CUR 2.0 export of AWS Data
 * Exports: snake-case names ({@code line_item_unblended_cost}, {@code product_region_code}, …),
 * costs and amounts {@code DOUBLE}, {@code bill_billing_period_start_date} and the usage dates
 * {@code TIMESTAMP}, rates as text (as CUR 2.0 has them), {@code resource_tags} a
 * {@code MAP(VARCHAR, VARCHAR)} keyed {@code user_env} and {@code product} a map with the
 * region.</li>
 * </ul>
 * Rows keep the CSV's order. Next to the copy goes a {@link GeneratedFile} sidecar with the
 * source's exact total; a copy whose sidecar names the same source (generator, lines, size) is
 * kept.
 *
 * <pre>
 * java -cp cloudcost-bench.jar org.cloudcost.bench.ParquetCopies cur2 cur-1000000.csv cur2-1000000.parquet
 * </pre>
 */
public final class ParquetCopies {
    /** Bumped whenever the copies' schema changes. */
    public static final String VERSION = "1";

    private ParquetCopies() {
    }

    public static void main(String[] args) throws Exception {
        boolean force = args.length == 4 && args[3].equals("--force");
        if ((args.length != 3 && !force) || !(args[0].equals("focus") || args[0].equals("cur2"))) {
            System.err.println("usage: ParquetCopies focus|cur2 SOURCE.csv OUT.parquet [--force]");
            System.exit(2);
        }
        Path source = Path.of(args[1]);
        Path out = Path.of(args[2]);
        GeneratedFile src = GeneratedFile.readFor(source);
        if (src == null || !src.matches(src.generator(), src.lines(), source)) {
            System.err.println(source + ": no generator sidecar that matches it (" + GeneratedFile.sidecar(source)
                    + "); generate it first");
            System.exit(2);
        }
        String generator = "ParquetCopies/" + VERSION + " " + args[0] + " of " + src.generator() + " " + src.bytes();
        GeneratedFile existing = GeneratedFile.readFor(out);
        if (!force && existing != null && existing.matches(generator, src.lines(), out)) {
            System.err.printf(Locale.ROOT, "%s: kept (%,d rows, %,d bytes)%n", out, src.lines(), existing.bytes());
            return;
        }
        long t0 = System.nanoTime();
        long rows = write(args[0].equals("focus") ? focusSelect(source) : cur2Select(source), out);
        if (rows != src.lines()) {
            throw new IllegalStateException(out + ": " + rows + " rows written, the source has " + src.lines() + " lines");
        }
        GeneratedFile g = new GeneratedFile(generator, rows, Files.size(out), src.billedCost());
        g.writeFor(out);
        System.err.printf(Locale.ROOT, "%s: %,d rows, %,d bytes, in %.1f s%n", out, rows, g.bytes(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Writes {@code select} to {@code out} (via a temporary file); returns the rows written. */
    static long write(String select, Path out) throws SQLException, IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("SET TimeZone = 'UTC'");
            st.execute("SET preserve_insertion_order = true");
            st.execute("COPY (" + select + ") TO " + DuckDbGroupBy.literal(tmp) + " (FORMAT parquet, COMPRESSION snappy)");
            long rows;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet(" + DuckDbGroupBy.literal(tmp) + ")")) {
                rs.next();
                rows = rs.getLong(1);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            return rows;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Every column as text first: type detection would turn account ids into numbers and drop their zeros. */
    private static String csv(Path source, boolean focus) {
        return "read_csv(" + DuckDbGroupBy.literal(source) + ", header = true, all_varchar = true"
                + (focus ? ", nullstr = 'NULL'" : "") + ")";
    }

    static String focusSelect(Path source) {
        return "SELECT * REPLACE ("
                + doubles("BilledCost", "ConsumedQuantity", "ContractedCost", "EffectiveCost", "ListCost", "PricingQuantity")
                + timestamps("BillingPeriodEnd", "BillingPeriodStart", "ChargePeriodEnd", "ChargePeriodStart")
                + " CAST(json_transform(Tags, '\"MAP(VARCHAR, VARCHAR)\"') AS MAP(VARCHAR, VARCHAR)) AS Tags)"
                + " FROM " + csv(source, true);
    }

    static String cur2Select(Path source) {
        return "SELECT"
                + " \"identity/LineItemId\" AS identity_line_item_id,"
                + " \"identity/TimeInterval\" AS identity_time_interval,"
                + " \"bill/PayerAccountId\" AS bill_payer_account_id,"
                + " CAST(\"bill/BillingPeriodStartDate\" AS TIMESTAMP) AS bill_billing_period_start_date,"
                + " \"lineItem/UsageAccountId\" AS line_item_usage_account_id,"
                + " \"lineItem/LineItemType\" AS line_item_line_item_type,"
                + " CAST(\"lineItem/UsageStartDate\" AS TIMESTAMP) AS line_item_usage_start_date,"
                + " CAST(\"lineItem/UsageEndDate\" AS TIMESTAMP) AS line_item_usage_end_date,"
                + " \"lineItem/ProductCode\" AS line_item_product_code,"
                + " \"lineItem/UsageType\" AS line_item_usage_type,"
                + " \"lineItem/Operation\" AS line_item_operation,"
                + " \"lineItem/AvailabilityZone\" AS line_item_availability_zone,"
                + " \"lineItem/ResourceId\" AS line_item_resource_id,"
                + " CAST(\"lineItem/UsageAmount\" AS DOUBLE) AS line_item_usage_amount,"
                + " \"lineItem/CurrencyCode\" AS line_item_currency_code,"
                + " \"lineItem/UnblendedRate\" AS line_item_unblended_rate,"
                + " CAST(\"lineItem/UnblendedCost\" AS DOUBLE) AS line_item_unblended_cost,"
                + " CAST(\"lineItem/BlendedCost\" AS DOUBLE) AS line_item_blended_cost,"
                + " \"lineItem/LineItemDescription\" AS line_item_line_item_description,"
                + " \"product/region\" AS product_region_code,"
                + " \"pricing/unit\" AS pricing_unit,"
                + " CAST(\"pricing/publicOnDemandCost\" AS DOUBLE) AS pricing_public_on_demand_cost,"
                + " CASE WHEN \"product/region\" IS NULL THEN MAP {}::MAP(VARCHAR, VARCHAR)"
                + " ELSE MAP {'region': \"product/region\"} END AS product,"
                + " CASE WHEN \"resourceTags/user:env\" IS NULL THEN MAP {}::MAP(VARCHAR, VARCHAR)"
                + " ELSE MAP {'user_env': \"resourceTags/user:env\"} END AS resource_tags"
                + " FROM " + csv(source, false);
    }

    private static String doubles(String... columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            sb.append(" CAST(").append(DuckDbGroupBy.identifier(c)).append(" AS DOUBLE) AS ").append(DuckDbGroupBy.identifier(c))
                    .append(',');
        }
        return sb.toString();
    }

    private static String timestamps(String... columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            sb.append(" CAST(").append(DuckDbGroupBy.identifier(c)).append(" AS TIMESTAMP) AS ")
                    .append(DuckDbGroupBy.identifier(c)).append(',');
        }
        return sb.toString();
    }
}
