package org.cloudcost.bench;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.bench.internal.ResultLine;
import org.cloudcost.bench.internal.Timings;

/**
 * The Markdown {@link EndToEndBench} prints: one table row per input (cloudcost and DuckDB
 * median, range and peak RSS, their ratio, frame rows, groups, total), the demo's table, and the
 * verdict with every problem found. Only figures measured in this run appear.
 *
 * <pre>{@code
 * String md = new EndToEndReport(3, 1, List.of()).markdown(results, demo, problems);
 * }</pre>
 */
final class EndToEndReport {
    private final int reps;
    private final int warmup;
    private final List<String> jvmOptions;

    private List<String> demoJvmOptions = List.of();

    /** The options the demo's JVMs ran with, when they differ from the ingest runs'. */
    EndToEndReport demoJvmOptions(List<String> options) {
        demoJvmOptions = List.copyOf(options);
        return this;
    }

    EndToEndReport(int reps, int warmup, List<String> jvmOptions) {
        this.reps = reps;
        this.warmup = warmup;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** One input's results; {@code cloudcostNote} is why cloudcost did not run on it, or null. */
    record InputResult(Path file, GeneratedFile generated, Timings cloudcost,
                       Timings duckdb, ResultLine cloudcostResult, ResultLine duckdbResult, String cloudcostNote) {
    }

    String markdown(List<InputResult> results, Map<String, Timings> demo, List<String> problems) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "DuckDB %s (JDBC, in process, `SET threads = %d`). Each cell: %d timed run(s) "
                        + "after %d warm-up, cloudcost and DuckDB alternating; wall seconds from spawn to exit; peak RSS "
                        + "(VmHWM) in MB; ratio = cloudcost median / DuckDB median. Child JVM options: %s.%n%n",
                duckDbVersion(), DuckDbGroupBy.THREADS, reps, warmup,
                jvmOptions.isEmpty() ? "none (JVM defaults)" : "`" + String.join(" ", jvmOptions) + "`"));
        if (!results.isEmpty()) {
            md.append("| input | lines | MB | cloudcost median s | min–max s | peak RSS MB | DuckDB median s | min–max s "
                    + "| peak RSS MB | ratio | frame rows | DuckDB groups | BilledCost total |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (InputResult r : results) {
                String name = r.file().getFileName().toString();
                long bytes = r.generated() == null ? -1 : r.generated().bytes();
                String ratio = r.cloudcost().isEmpty() || r.duckdb().isEmpty() ? "–"
                        : String.format(Locale.ROOT, "%.2f", r.cloudcost().median() / r.duckdb().median());
                String cloudcost = r.cloudcostNote() != null ? r.cloudcostNote() + " | | " : r.cloudcost().format();
                md.append(String.format(Locale.ROOT, "| %s (%s) | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        kind(name), name,
                        r.generated() == null ? "–" : String.format(Locale.ROOT, "%,d", r.generated().lines()),
                        bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d", Math.round(bytes / 1e6)),
                        cloudcost, r.duckdb().format(), ratio,
                        r.cloudcostResult() == null ? "–" : String.format(Locale.ROOT, "%,d", r.cloudcostResult().rows()),
                        r.duckdbResult() == null ? "–" : String.format(Locale.ROOT, "%,d", r.duckdbResult().rows()),
                        total(r)));
            }
            md.append('\n');
        }
        if (!demo.isEmpty()) {
            if (!demoJvmOptions.equals(jvmOptions)) {
                md.append("The demo's JVM options, the launcher's for an input this small: `")
                        .append(String.join(" ", demoJvmOptions)).append("`.\n\n");
            }
            md.append(warmup > 0
                    ? "As `./cloudcost` runs them, the timed demo runs map the class-data archive (AppCDS) the warm-up run wrote.\n\n"
                    : "No warm-up run: the first demo run wrote the class-data archive (AppCDS) the later runs map, as `./cloudcost` does.\n\n");
            md.append("| case-study demo, end to end | median s | min–max s | peak RSS MB |\n|---|---:|---:|---:|\n");
            demo.forEach((what, t) -> md.append("| ").append(what).append(" | ").append(t.format()).append(" |\n"));
            md.append('\n');
        }
        md.append(problems.isEmpty() ? "All totals agreed (cloudcost, DuckDB and the generator's exact sum, to 0.01); "
                + "every cloudcost frame reconciled.\n" : "**MISMATCH or failure:**\n");
        problems.forEach(p -> md.append("- ").append(p).append('\n'));
        return md.toString();
    }

    private static String total(InputResult r) {
        if (r.generated() != null) {
            return "USD " + r.generated().billedCost().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        ResultLine any = r.duckdbResult() != null ? r.duckdbResult() : r.cloudcostResult();
        return any == null ? "–" : any.totals().toString();
    }

    private static String kind(String name) {
        if (name.startsWith("cur2-")) {
            return "CUR 2.0 Parquet";
        }
        String format = name.endsWith(".parquet") ? "Parquet" : "CSV";
        if (name.startsWith("cur-")) {
            return "CUR " + format;
        }
        if (name.startsWith("focus-")) {
            return "FOCUS " + format;
        }
        return format;
    }

    private static String duckDbVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }
}
