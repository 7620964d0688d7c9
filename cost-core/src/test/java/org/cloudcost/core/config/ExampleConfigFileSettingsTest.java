package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.InputException;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings the example {@code cloudcost.yaml} documents beyond money and tag columns: what
 * it sets, that its commented-out examples load once uncommented, and that the error lines it
 * quotes for them are what the reader says.
 */
class ExampleConfigFileSettingsTest {

    static String exampleText() throws IOException {
        return Files.readString(ExampleConfigFileTest.example());
    }

    /**
     * {@code text} with the commented-out example of {@code key} switched on: the last line
     * {@code # key:...} and the indented {@code #   ...} lines right after it lose their
     * {@code "# "}. Unchanged when the example is already on.
     */
    static String uncomment(String text, String key) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.stream().anyMatch(l -> l.startsWith(key + ":"))) {
            return text;
        }
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# " + key + ":")) {
                start = i;
            }
        }
        if (start < 0) {
            return text;
        }
        lines.set(start, lines.get(start).substring(2));
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("#   "); i++) {
            lines.set(i, lines.get(i).substring(2));
        }
        return String.join("\n", lines);
    }

    static String allUncommented(String text) {
        return uncomment(uncomment(uncomment(text, "timeZone"), "rules"), "prices");
    }

    @Test
    void loadsWithTheDocumentedSettings() {
        CloudcostConfig config = CloudcostConfig.load(ExampleConfigFileTest.example());

        assertThat(config.timeZone()).as("commented out: by region").isEmpty();
        assertThat(config.environmentTagKeys()).isEqualTo(CloudcostConfig.DEFAULT_ENVIRONMENT_TAG_KEYS);
        assertThat(config.ignoreTagKey() + "=" + config.ignoreTagValue()).isEqualTo("cloudcost:ignore=true");
        assertThat(config.ignoreTagKey()).isEqualTo(CloudcostConfig.DEFAULT_IGNORE_TAG_KEY);
        assertThat(config.ignoreTagValue()).isEqualTo(CloudcostConfig.DEFAULT_IGNORE_TAG_VALUE);
        assertThat(config.prices()).as("commented out").isEmpty();
        assertThat(config.effort().keySet()).as("every strategy that saves")
                .containsExactlyElementsOf(Arrays.stream(Strategy.values()).filter(Strategy::saves).toList());
        config.effort().values().forEach(e -> {
            assertThat(e.hourlyRate()).isEqualByComparingTo("300");
            assertThat(e.oneOff()).isZero();
            assertThat(e.hours()).isPositive();
        });
        assertThat(config.effort().get(Strategy.ELASTIC_SCALING).cost()).isEqualByComparingTo("12000");
    }

    @Test
    void theCommentedOutExamplesLoadOnceUncommented(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cloudcost.yaml"), allUncommented(exampleText()));

        CloudcostConfig config = CloudcostConfig.load(file, ConfigTestRules.registry());

        assertThat(config.timeZone()).contains(ZoneId.of("Asia/Shanghai"));
        assertThat(config.rules()).containsOnlyKeys("idle-compute", "stale-storage");
        RuleSettings idle = config.rule("idle-compute");
        assertThat(idle.enabled()).isTrue();
        assertThat(idle.thresholds()).containsExactly(Map.entry("p95CpuPercent", 3.0), Map.entry("minDays", 14.0));
        assertThat(idle.byEnvironment()).containsExactly(Map.entry("test", Map.of("p95CpuPercent", 10.0)));
        assertThat(idle.byTag()).containsExactly(Map.entry("team=data", Map.of("minDays", 30.0)));
        assertThat(config.rule("stale-storage").thresholds()).containsExactly(Map.entry("archiveAfterDays", 180.0));
        assertThat(config.prices()).containsExactly(
                Map.entry("Alibaba Cloud", Map.of("storage.Standard.gbMonth", new BigDecimal("0.10"))));
    }

    /** Once the built-in rules are registered, the rules example must name their real thresholds. */
    @Test
    void theRulesExampleFitsTheRegisteredRules(@TempDir Path dir) throws IOException {
        RuleRegistry installed = RuleRegistry.load();
        assumeThat(installed.ids()).as("built-in rules registered").contains("idle-compute", "stale-storage");
        Path file = Files.writeString(dir.resolve("cloudcost.yaml"), allUncommented(exampleText()));

        assertThat(CloudcostConfig.load(file, installed).rules()).containsOnlyKeys("idle-compute", "stale-storage");
    }

    /**
     * The error lines quoted after the first two (which {@link ExampleConfigFileTest} checks), in
     * file order, each with the edit of the example that makes the reader say it.
     */
    @Test
    void theErrorsQuotedForTheNewKeysAreReal(@TempDir Path dir) throws IOException {
        String text = exampleText();
        List<UnaryOperator<String>> edits = List.of(
                t -> replaceOnce(uncomment(t, "timeZone"), "\ntimeZone: Asia/Shanghai\n", "\ntimeZone: Asia/Shangai\n"),
                t -> replaceOnce(t, "\n  tagKeys: [env, environment, stage] ", "\n  tagKeys: [] "),
                t -> replaceOnce(t, "\nignoreTag: \"cloudcost:ignore=true\"", "\nignoreTag: \"cloudcost:ignore\""),
                t -> replaceOnce(uncomment(t, "rules"), "\n    enabled: true\n", "\n    enabled: yes\n"),
                t -> replaceOnce(uncomment(t, "prices"), "\n    storage.Standard.gbMonth: 0.10 ",
                        "\n    storage.Standard.gbMonth: -0.10"),
                t -> replaceOnce(t, "\n  cleanup:         {hours: 8, hourlyRate: 300}", "\n  cleanup:         {hourlyRate: 300}"));
        Matcher quoted = Pattern.compile("#   (cloudcost\\.yaml:\\d+:\\d+ .*)").matcher(text);
        List<String> quotes = new ArrayList<>();
        while (quoted.find()) {
            quotes.add(quoted.group(1));
        }

        assertThat(quotes).as("two checked by ExampleConfigFileTest, one per edit here").hasSize(2 + edits.size());
        for (int i = 0; i < edits.size(); i++) {
            Path file = Files.writeString(dir.resolve("cloudcost.yaml"), edits.get(i).apply(text));
            InputException e = catchThrowableOfType(InputException.class,
                    () -> CloudcostConfig.load(file, ConfigTestRules.registry()));
            assertThat(e).as("edit %d should be rejected", i).isNotNull();
            assertThat(e.getMessage().substring(dir.toString().length() + 1)).isEqualTo(quotes.get(2 + i));
        }
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text.split(Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
        return text.replace(from, to);
    }
}
