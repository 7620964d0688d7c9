package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudcost demo} end to end in a temporary folder. */
class DemoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void generatesTheEstateAnalysesItAndWritesTheOutputsThatReconcileToTheGeneratedBill(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        CommandRun run = CommandRun.of("demo", "--out", out.toString(), "--no-progress").assertExit(ExitCodes.OK);
        run.assertOut().contains("Generated the case-study estate in " + out.resolve("input"))
                .contains("Compute").contains("Databases").contains("Storage").contains("Networking")
                .contains("elastic-scaling").contains("right-sizing").contains("data-lifecycle").contains("network")
                .contains("(reconciled)").contains("ROI").contains("Wrote " + out.resolve("summary.json"));
        for (String input : new String[] {"billing.csv", "usage.csv", "inventory.csv", "storage.csv", "cloudcost.yaml"}) {
            assertThat(out.resolve("input").resolve(input)).isNotEmptyFile();
        }
        for (String output : new String[] {"findings.csv", "summary.json", "report.xlsx", "report.md",
                "charts/spend-by-category.png", "charts/savings-by-strategy.png", "charts/daily-spend.png",
                "charts/top-resources.png", "charts/cpu-heatmap.png"}) {
            assertThat(out.resolve(output)).as(output).isNotEmptyFile();
            run.assertOut().contains("Wrote " + out.resolve(output));
        }

        // the summary reconciles with the generated bill, read again on its own by `analyze`'s reader
        CostDataset bill = CostDataset.read().billing(out.resolve("input/billing.csv")).load();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("totalBilledCost").decimalValue()).isEqualByComparingTo(bill.spend().totalBilledCost());
        assertThat(summary.get("reconciliation").get("difference").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        bill.spend().byServiceCategory().forEach((category, cost) -> assertThat(
                summary.get("spendByServiceCategory").get(category).decimalValue()).as(category).isEqualByComparingTo(cost));
        assertThat(summary.get("totalMonthlySavings").decimalValue()).isPositive();
        assertThat(summary.get("roiMultiple").isNumber()).as("the demo's config sets the effort").isTrue();
        assertThat(CloudcostConfig.load(out.resolve("input/cloudcost.yaml")).effort()).isNotEmpty();
    }

    @Test
    void anUnwritableOutFolderIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CommandRun run = CommandRun.of("demo", "--out", file.toString(), "--no-progress").assertExit(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        run.assertErr().contains("cannot write the demo's input").doesNotContain("Exception\n\tat ");
    }
}
