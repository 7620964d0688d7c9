package org.cloudcost.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try (JShell shell = JShell.builder()
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(out, true, StandardCharsets.UTF_8))
                .remoteVMOptions("--class-path", System.getProperty("java.class.path"))
                .build()) {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            List<String> values = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (String line : code.split("\n")) {   // line by line, as a person types them
                pending.append(line).append('\n');
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
                if (!info.completeness().isComplete()) {
                    continue;
                }
                String source = pending.toString();
                pending.setLength(0);
                if (source.isBlank()) {
                    continue;
                }
                for (SnippetEvent e : shell.eval(source)) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        problems.add("rejected: " + source.strip() + " "
                                + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    }
                    if (e.exception() != null) {
                        problems.add("threw: " + source.strip() + " -> " + e.exception());
                    }
                    if (e.value() != null) {
                        values.add(e.value());
                    }
                }
            }
            assertThat(pending.toString()).as("an unfinished snippet at the end").isBlank();
            assertThat(problems).as("output:%n%s", out).isEmpty();
            assertThat(values).anySatisfy(v -> assertThat(v).contains("(reconciled)"));
            assertThat(values).anySatisfy(v -> assertThat(v).contains("Compute="));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("BilledCost").contains("Sum [BilledCost]");
            // the analysis of the hand-made month (samples/data/month/README.md): the figures worked out there
            assertThat(values).anySatisfy(v -> assertThat(v).startsWith("{elastic-scaling=941.99").contains("right-sizing=526.69"));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("idle-compute").contains("i-idle01");
            // with minWindowHours 16 the 14 h weekday nights no longer count: only the weekend is stopped
            assertThat(values).anySatisfy(v -> assertThat(v).contains("off-hours-compute i-test01")
                    .contains("Stop the instance all weekend").contains("stopped 48 of 168 hours"));
        }
    }
}
