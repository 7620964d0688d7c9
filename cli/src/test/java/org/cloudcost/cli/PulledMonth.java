package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every pull test checks at its end: the pull printed the {@code cloudcost analyze} command
 * for its files, and that very command runs and reconciles.
 *
 * <pre>{@code
 * CommandRun analysis = PulledMonth.analyzeAsPrinted(pull, pulled, "us-east-1", dir.resolve("analysis"));
 * }</pre>
 */
final class PulledMonth {
    private PulledMonth() {
    }

    /** Runs the analyze line {@code pull} printed for {@code pulled} (one region) into {@code out}. */
    static CommandRun analyzeAsPrinted(CommandRun pull, Path pulled, String region, Path out) {
        String analyzeLine = "  cloudcost analyze --billing " + pulled.resolve("billing.csv")
                + " --inventory " + pulled.resolve("inventory.csv") + " --usage " + pulled.resolve("usage-" + region + ".csv")
                + " --storage " + pulled.resolve("storage-" + region + ".csv");
        assertThat(pull.out().lines()).as(pull::toString).contains(analyzeLine);
        List<String> analyze = new ArrayList<>(List.of(analyzeLine.strip().split(" +")));
        analyze.remove("cloudcost");
        analyze.addAll(List.of("--out", out.toString(), "--no-progress"));
        CommandRun analysis = CommandRun.of(analyze.toArray(String[]::new)).assertExit(ExitCodes.OK);
        analysis.assertErr().isEmpty();
        analysis.assertOut().contains("difference 0.00 (reconciled)");
        return analysis;
    }
}
