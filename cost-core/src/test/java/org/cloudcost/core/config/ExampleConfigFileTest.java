package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.InputException;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented example {@code cloudcost.yaml} at the repository root loads, and says what it does. */
class ExampleConfigFileTest {

    static Path example() {
        return SharedSamples.repoRoot().resolve("cloudcost.yaml");
    }

    @Test
    void loadsWithTheDocumentedValues() {
        CloudcostConfig config = CloudcostConfig.load(example());

        assertThat(config.currency()).contains("CNY");
        assertThat(config.exchangeRates()).containsExactly(Map.entry("USD", new BigDecimal("7.10")));
        assertThat(config.tagColumns().aliases()).containsExactly(
                Map.entry("env", List.of("env", "environment", "stage")),
                Map.entry("team", List.of("team", "owner")),
                Map.entry("app", List.of("app", "application", "service")),
                Map.entry("project", List.of()));
    }

    @Test
    void theEntriesMarkedDefaultAreTheDefaults() {
        Map<String, List<String>> example = CloudcostConfig.load(example()).tagColumns().aliases();

        TagColumns.defaults().aliases().forEach((column, keys) -> assertThat(example).containsEntry(column, keys));
    }

    @Test
    void mentionsWhatArrivesWithTheRulesIssue() throws IOException {
        String text = Files.readString(example());

        assertThat(text).contains("Rule thresholds", "ignore tag", "implementation", "effort", "price-catalog overrides",
                "rules", "unknown keys");
    }

    /** The two error lines quoted in the file's comments are what the reader really says. */
    @Test
    void theErrorsQuotedInItsCommentsAreReal(@TempDir Path dir) throws IOException {
        String text = Files.readString(example());
        Matcher quoted = Pattern.compile("#   (cloudcost\\.yaml:\\d+:\\d+ .*)").matcher(text);
        assertThat(quoted.find()).isTrue();
        String unknownKey = quoted.group(1);
        assertThat(quoted.find()).isTrue();
        String negativeRate = quoted.group(1);

        assertThat(errorOf(dir, text.replace("\n  columns:\n", "\n  colums:\n"))).isEqualTo(unknownKey);
        assertThat(errorOf(dir, text.replace("\n  USD: 7.10 ", "\n  USD: -1   "))).isEqualTo(negativeRate);
    }

    private static String errorOf(Path dir, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("cloudcost.yaml"), yaml);
        InputException e = catchThrowableOfType(InputException.class, () -> CloudcostConfig.load(file));
        assertThat(e).isNotNull();
        return e.getMessage().substring(dir.toString().length() + 1);
    }
}
