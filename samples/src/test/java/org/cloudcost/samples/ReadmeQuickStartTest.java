package org.cloudcost.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;

/**
 * The README's JShell quick start is run, snippet by snippet, in a real JShell on the project's
 * classpath: the documentation cannot drift from the API.
 */
class ReadmeQuickStartTest {

    private static String quickStartCode(Path readme) throws IOException {
        String text = Files.readString(readme);
        int section = text.indexOf("## JShell quick start");
        assertThat(section).as("README has a JShell quick start").isPositive();
        int start = text.indexOf("```java", section);
        int end = text.indexOf("```", start + 7);
        return text.substring(start + 7, end);
    }

    @Test
    void everySnippetOfTheReadmeQuickStartRuns() throws IOException {
        Path root = SharedSamples.repoRoot();
        String code = quickStartCode(root.resolve("README.md"))
                .replace("Path.of(\"samples/", "Path.of(\"" + root.toString().replace("\\", "/") + "/samples/");

        JShellRun run = JShellRun.of(code);

        assertThat(run.unfinished()).as("an unfinished snippet at the end").isBlank();
        assertThat(run.problems()).as("output:%n%s", run.output()).isEmpty();
        assertThat(run.values()).anySatisfy(v -> assertThat(v).contains("(reconciled)"));
        assertThat(run.values()).anySatisfy(v -> assertThat(v).contains("Compute="));
        assertThat(run.output()).contains("BilledCost").contains("Sum [BilledCost]");
        // the analysis of the hand-made month (samples/data/month/README.md): the figures worked out there
        assertThat(run.values()).anySatisfy(v -> assertThat(v).startsWith("{elastic-scaling=941.99").contains("right-sizing=526.69"));
        assertThat(run.values()).as("Report.writeAll lists what it wrote").anySatisfy(v -> assertThat(v).contains("report.xlsx")
                .contains("cpu-heatmap.png").contains("report.md"));
        assertThat(run.output()).contains("idle-compute").contains("i-idle01");
        // with minWindowHours 16 the 14 h weekday nights no longer count: only the weekend is stopped
        assertThat(run.values()).anySatisfy(v -> assertThat(v).contains("off-hours-compute i-test01")
                .contains("Stop the instance all weekend").contains("stopped 48 of 168 hours"));
    }
}
