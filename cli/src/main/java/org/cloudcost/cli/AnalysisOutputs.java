package org.cloudcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.report.Report;
import org.cloudcost.report.SavingsText;
import org.cloudcost.report.SpendText;

/**
 * What {@code analyze} and {@code demo} do once the data is read: run the rules, print the spend
 * and savings tables, write the outputs of FORMATS.md §3 into one folder, and check that the
 * spend reconciles with the bill.
 */
final class AnalysisOutputs {
    private AnalysisOutputs() {
    }

    /**
     * Analyses {@code dataset}, prints to {@code stdout}, writes into {@code out}.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INTERNAL_ERROR} when the spend does not reconcile
     */
    static int run(CostDataset dataset, Path out, PrintWriter stdout, PrintWriter stderr) {
        Report.warmUp(); // the outputs' libraries load on the second core while the rules run
        AnalysisResult result = dataset.analyze();
        stdout.print(SpendText.render(result.spend()));
        stdout.print(SavingsText.render(result));
        List<Path> written;
        try {
            written = write(dataset, result, out);
        } catch (IOException e) {
            throw new CloudcostException("cannot write to " + out + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); --out must name a folder that can be created or written", e);
        }
        stdout.println();
        written.forEach(p -> stdout.println("Wrote " + p));
        stdout.flush();
        if (!result.spend().reconciliation().reconciled()) {
            stderr.println("cloudcost: internal error: the spend summary does not reconcile with the billing files ("
                    + result.spend().reconciliation() + ")");
            return ExitCodes.INTERNAL_ERROR;
        }
        return ExitCodes.OK;
    }

    private static List<Path> write(CostDataset dataset, AnalysisResult result, Path out) throws IOException {
        return Report.of(result).withDataset(dataset).writeAll(out);
    }
}
