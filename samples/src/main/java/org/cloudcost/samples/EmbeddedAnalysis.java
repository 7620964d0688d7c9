package org.cloudcost.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.CostDatasetReader;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.report.Report;
import org.cloudcost.samples.casestudy.CaseStudyData;

/**
 * cloudcost used as a library from another program, in a screen of code: read the files, run
 * every rule, print the savings by strategy and the largest findings, write every output of
 * FORMATS.md §3 ({@code report.xlsx}, {@code charts/*.png}, {@code report.md},
 * {@code findings.csv}, {@code summary.json}). The calls are these:
 *
 * <pre>{@code
 * CostDataset month = CostDataset.read()
 *         .billing(Path.of("billing.csv"))                  // FOCUS or any registered bill format
 *         .usage(Path.of("usage.csv")).inventory(Path.of("inventory.csv")).storage(Path.of("storage.csv"))
 *         .config(CloudcostConfig.load(Path.of("cloudcost.yaml")))
 *         .load();
 * AnalysisResult result = Analysis.of(month).run();       // every rule and price catalog on the class path
 * result.plan().byStrategy();                              // {elastic-scaling=..., right-sizing=..., ...}
 * result.findings().top(10);
 * Report.of(result).withDataset(month).writeAll(out);     // the workbook, charts, report.md, CSV, JSON
 * }</pre>
 *
 * <p>Run it with {@code kind=path} arguments; without data files it analyses the case-study demo,
 * written first into {@code OUT/input}:
 *
 * <pre>
 * java -cp cli/target/cloudcost.jar org.cloudcost.samples.EmbeddedAnalysis out=results \
 *      billing=bill.csv usage=usage.csv inventory=inventory.csv storage=storage.csv config=cloudcost.yaml
 * java -cp cli/target/cloudcost.jar org.cloudcost.samples.EmbeddedAnalysis out=results   # the demo
 * </pre>
 *
 * Exit codes as the CLI's: 2 for a bad argument, 3 for bad input (one line naming file, line and
 * column).
 */
public final class EmbeddedAnalysis {
    /** How many findings are printed. */
    public static final int TOP = 10;
    static final String USAGE = "usage: EmbeddedAnalysis [out=DIR] [billing=FILE]... [usage=FILE]... "
            + "[inventory=FILE]... [storage=FILE]... [config=cloudcost.yaml]";

    private EmbeddedAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        int exit = run(args, System.out, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * Parses {@code args}, analyses and writes the outputs.
     *
     * @return 0, 2 for a bad argument, 3 for bad input
     * @throws IOException when an output cannot be written
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path dir = Path.of("embedded-analysis");
        CostDatasetReader reader = CostDataset.read();
        boolean hasData = false;
        boolean hasConfig = false;
        try {
            for (String arg : args) {
                int eq = arg.indexOf('=');
                String kind = eq < 0 ? "" : arg.substring(0, eq);
                Path file = Path.of(arg.substring(eq + 1));
                hasData |= List.of("billing", "usage", "inventory", "storage").contains(kind);
                hasConfig |= kind.equals("config");
                switch (kind) {
                    case "out" -> dir = file;
                    case "billing" -> reader.billing(file);
                    case "usage" -> reader.usage(file);
                    case "inventory" -> reader.inventory(file);
                    case "storage" -> reader.storage(file);
                    case "config" -> reader.config(CloudcostConfig.load(file));
                    default -> {
                        err.println("unknown argument \"" + arg + "\"; " + USAGE);
                        return 2;
                    }
                }
            }
            if (hasConfig && !hasData) {
                err.println("config= applies to the data files you name; the demo is read with its own "
                        + dir.resolve("input").resolve(CaseStudyData.CONFIG) + ". " + USAGE);
                return 2;
            }
            CostDataset dataset = hasData ? reader.load() : CaseStudyData.write(dir.resolve("input")).load();
            analyze(dataset, dir, out);
            return 0;
        } catch (CloudcostException e) {
            err.println(e.getMessage());
            return 3;
        }
    }

    /** Analyses {@code dataset}, prints the savings and the top findings, writes the outputs into {@code dir}. */
    public static List<Path> analyze(CostDataset dataset, Path dir, PrintStream out) throws IOException {
        AnalysisResult result = Analysis.of(dataset).run();
        String currency = result.spend().currency();
        out.printf("Savings per month (%s), %d findings from %d rules%n", currency, result.findings().size(),
                result.rulesRun().size());
        result.plan().byStrategy().forEach((strategy, saving) -> out.println("  " + row(strategy.id(), saving)));
        out.println("  " + row("total", result.plan().totalMonthlySavings()));
        out.println("Top " + TOP + " findings:");
        for (Finding f : result.findings().top(TOP)) {
            out.println("  " + row(f.ruleId() + " " + f.resourceId(), f.estimatedMonthlySavings()) + "  " + f.action());
        }
        List<Path> written = Report.of(result).withDataset(dataset).writeAll(dir);
        written.forEach(p -> out.println("Wrote " + p));
        return written;
    }

    private static String row(String label, java.math.BigDecimal amount) {
        return String.format(Locale.ROOT, "%-40s %,16.2f", label, amount);
    }
}
