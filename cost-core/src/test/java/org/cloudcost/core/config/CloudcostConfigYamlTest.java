package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CloudcostConfig#load}: the fixtures under {@code src/test/resources/config}, then edge cases. */
class CloudcostConfigYamlTest {

    /** The top-level keys, in the order the reader applies them. */
    static final String KNOWN_KEYS = "currency, exchangeRates, tags, timeZone, environments, ignoreTag, rules, prices, effort";

    @TempDir
    Path dir;

    static Path fixture(String name) {
        URL url = CloudcostConfigYamlTest.class.getResource("/config/" + name);
        assertThat(url).as("fixture %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a file expected to be rejected, and checks the message is one line that starts with its position. */
    static InputException rejected(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> CloudcostConfig.load(file));
        assertThat(e).as("loading %s should fail", file).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith(file + ":");
        assertThat(e.file()).isEqualTo(file.toString());
        return e;
    }

    Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("cloudcost.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Nested
    class Fixtures {
        @Test
        void fullConfigSetsEveryKey() {
            CloudcostConfig config = CloudcostConfig.load(fixture("full.yaml"));

            assertThat(config.currency()).contains("CNY");
            assertThat(config.exchangeRates()).containsExactly(
                    Map.entry("USD", new BigDecimal("7.1234567")),
                    Map.entry("EUR", new BigDecimal("7.70")),
                    Map.entry("JPY", new BigDecimal("0.048")));
            assertThat(config.tagColumns().columns()).containsExactly("env", "owner", "project");
            assertThat(config.tagColumns().aliases()).containsExactly(
                    Map.entry("env", List.of("Environment", "stage")),
                    Map.entry("owner", List.of("team", "Owner-Email")),
                    Map.entry("project", List.of()));
            assertThat(config.tagColumns().columnOf("environment")).isEqualTo(0);
            assertThat(config.tagColumns().columnOf("owner-email")).isEqualTo(1);
            assertThat(config.tagColumns().columnOf("Project")).as("an empty list: the column name alone").isEqualTo(2);
            assertThat(config.tagColumns().columnOf("app")).as("defaults replaced").isEqualTo(-1);
        }

        @Test
        void exchangeRatesKeepTheirExactDigits() {
            Map<String, BigDecimal> rates = CloudcostConfig.load(fixture("full.yaml")).exchangeRates();

            BigDecimal usd = rates.get("USD");
            assertThat(usd.toPlainString()).isEqualTo("7.1234567");
            assertThat(usd.scale()).isEqualTo(7);
            assertThat(usd.unscaledValue()).hasToString("71234567");
            assertThat(rates.get("EUR").toPlainString()).as("trailing zero kept").isEqualTo("7.70");
            assertThat(rates.get("JPY")).as("a quoted rate is read the same way").isEqualTo(new BigDecimal("0.048"));
        }

        @Test
        void emptyFileGivesTheDefaults() throws IOException {
            Path empty = fixture("empty.yaml");
            assertThat(Files.size(empty)).isZero();

            CloudcostConfig config = CloudcostConfig.load(empty);

            assertThat(config.currency()).isEmpty();
            assertThat(config.exchangeRates()).isEmpty();
            assertThat(config.tagColumns().aliases()).isEqualTo(TagColumns.defaults().aliases());
        }

        @Test
        void unknownTopLevelKeyIsNamedWithTheKnownKeys() {
            InputException e = rejected(fixture("unknown-top-level-key.yaml"));

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.columnName()).contains("exchangeRate");
            assertThat(e.problem()).isEqualTo("unknown key \"exchangeRate\"; known keys: " + KNOWN_KEYS);
        }

        @Test
        void unknownNestedKeyIsNamedByItsPath() {
            Path file = fixture("unknown-nested-key.yaml");

            InputException e = rejected(file);

            assertThat(e.getMessage()).isEqualTo(file + ":4:3 (tags.colums): unknown key \"colums\"; known keys: columns");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(3);
        }

        @Test
        void badCurrencyIsRejectedAtItsValue() {
            InputException e = rejected(fixture("bad-currency.yaml"));

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(11);
            assertThat(e.columnName()).contains("currency");
            assertThat(e.problem()).contains("\"RMB\" is not an ISO 4217 currency code").contains("CNY");
        }

        @Test
        void negativeRateIsOutOfRange() {
            Path file = fixture("negative-rate.yaml");

            InputException e = rejected(file);

            assertThat(e.getMessage()).isEqualTo(file + ":3:8 (exchangeRates.USD): expected a positive number, found \"-1\"");
        }

        @Test
        void nonNumericRateIsRejected() {
            InputException e = rejected(fixture("non-numeric-rate.yaml"));

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(8);
            assertThat(e.columnName()).contains("exchangeRates.EUR");
            assertThat(e.problem()).isEqualTo("expected a positive number, found \"seven\"");
        }

        @Test
        void ratesNeedAReportingCurrency() {
            InputException e = rejected(fixture("rates-without-currency.yaml"));

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.columnName()).contains("exchangeRates");
            assertThat(e.problem()).contains("need a reporting currency").contains("currency: CNY");
        }

        @Test
        void badTagColumnNameIsRejectedAtTheName() {
            InputException e = rejected(fixture("bad-tag-column-name.yaml"));

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(5);
            assertThat(e.columnName()).contains("tags.columns.Cost-Center");
            assertThat(e.problem()).contains("\"Cost-Center\"").contains("[a-z][a-z0-9_]*");
        }

        @Test
        void syntaxErrorGivesTheParsersPositionInOneLine() {
            InputException e = rejected(fixture("syntax-error.yaml"));

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.columnName()).isEmpty();
            assertThat(e.problem()).startsWith("invalid YAML: ").contains("expected <block end>")
                    .doesNotContain(" in 'reader'").doesNotContain("^");
        }

        @Test
        void missingFileIsAFileError() {
            Path missing = fixture("full.yaml").resolveSibling("no-such-config.yaml");

            assertThatThrownBy(() -> CloudcostConfig.load(missing))
                    .isInstanceOfSatisfying(InputException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo(missing + ": file not found");
                        assertThat(e.line()).isZero();
                        assertThat(e.column()).isZero();
                    });
        }
    }

    @Nested
    class Accepted {
        @Test
        void commentsOnlyGiveTheDefaults() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("# nothing set yet\n\n# currency: CNY\n"));

            assertThat(config.currency()).isEmpty();
            assertThat(config.tagColumns().columns()).containsExactly("env", "team", "app");
        }

        @Test
        void emptySectionsKeepTheirDefaults() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("exchangeRates:\ntags:\n"));

            assertThat(config.exchangeRates()).isEmpty();
            assertThat(config.tagColumns().aliases()).isEqualTo(TagColumns.defaults().aliases());
        }

        @Test
        void tagsWithoutColumnsKeepTheDefaultColumns() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("tags: {}\n"));

            assertThat(config.tagColumns().columns()).containsExactly("env", "team", "app");
        }

        @Test
        void aColumnWithNothingAfterItIsFedByItsNameAlone() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("tags:\n  columns:\n    env:\n    cost_center: [CostCenter]\n"));

            assertThat(config.tagColumns().aliases()).containsExactly(
                    Map.entry("env", List.of()), Map.entry("cost_center", List.of("CostCenter")));
            assertThat(config.tagColumns().columnOf("ENV")).isZero();
            assertThat(config.tagColumns().columnOf("costcenter")).isEqualTo(1);
        }

        @Test
        void aTagKeyYamlWouldReadAsABooleanOrNumberIsKeptAsWritten() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("tags:\n  columns:\n    flags: [yes, 2024]\n"));

            assertThat(config.tagColumns().aliases().get("flags")).containsExactly("yes", "2024");
        }

        @Test
        void theReportingCurrencyMayBeListedAtRateOne() throws IOException {
            CloudcostConfig config = CloudcostConfig.load(write("currency: CNY\nexchangeRates: {CNY: 1.00, USD: 7.1}\n"));

            assertThat(config.exchangeRates()).containsExactly(Map.entry("USD", new BigDecimal("7.1")));
        }

        @Test
        void aByteOrderMarkIsAccepted() throws IOException {
            Path file = dir.resolve("bom.yaml");
            Files.write(file, ("\uFEFFcurrency: USD\n").getBytes(StandardCharsets.UTF_8));

            assertThat(CloudcostConfig.load(file).currency()).contains("USD");
        }

        @Test
        void loadingTwiceGivesEqualSettings() {
            CloudcostConfig a = CloudcostConfig.load(fixture("full.yaml"));
            CloudcostConfig b = CloudcostConfig.load(fixture("full.yaml"));

            assertThat(a).hasToString(b.toString());
        }
    }

    /** Every rejection: the YAML, where the error must point, the key path, and a part of the problem. */
    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("lower-case currency", "currency: cny\n", 1, 11, "currency",
                        "expected a three-letter ISO 4217 currency code such as CNY or USD, found \"cny\" (write it in capitals: CNY)"),
                Arguments.of("made-up currency", "currency: ABC\n", 1, 11, "currency", "\"ABC\" is not an ISO 4217 currency code"),
                Arguments.of("numeric currency", "currency: 156\n", 1, 11, "currency", "found \"156\""),
                Arguments.of("empty currency", "currency:\ntags:\n", 1, 10, "currency", "found nothing"),
                Arguments.of("currency as a map", "currency:\n  code: CNY\n", 2, 3, "currency", "found a map"),
                Arguments.of("zero rate", "currency: CNY\nexchangeRates: {USD: 0}\n", 2, 22, "exchangeRates.USD",
                        "expected a positive number, found \"0\""),
                Arguments.of("infinite rate", "currency: CNY\nexchangeRates: {USD: .inf}\n", 2, 22, "exchangeRates.USD",
                        "expected a positive number, found \".inf\""),
                Arguments.of("hex rate", "currency: CNY\nexchangeRates: {USD: 0x10}\n", 2, 22, "exchangeRates.USD",
                        "expected a positive number, found \"0x10\""),
                Arguments.of("boolean rate", "currency: CNY\nexchangeRates: {USD: yes}\n", 2, 22, "exchangeRates.USD",
                        "expected a positive number, found \"yes\""),
                Arguments.of("rate as a list", "currency: CNY\nexchangeRates:\n  USD: [7.1]\n", 3, 8, "exchangeRates.USD",
                        "expected a positive number, found a list"),
                Arguments.of("bad rate currency", "currency: CNY\nexchangeRates:\n  usd: 7.1\n", 3, 3, "exchangeRates.usd",
                        "(write it in capitals: USD)"),
                Arguments.of("reporting currency at another rate", "currency: CNY\nexchangeRates:\n  CNY: 2\n", 3, 8,
                        "exchangeRates.CNY", "CNY is the reporting currency, its rate can only be 1, found \"2\""),
                Arguments.of("rates as a list", "currency: CNY\nexchangeRates: [7.1]\n", 2, 16, "exchangeRates",
                        "expected a map of currency code to rate"),
                Arguments.of("tags as text", "tags: env\n", 1, 7, "tags", "expected a map with the keys columns, found \"env\""),
                Arguments.of("no columns", "tags:\n  columns: {}\n", 2, 12, "tags.columns", "expected at least one column"),
                Arguments.of("raw keys as text", "tags:\n  columns:\n    env: environment\n", 3, 10, "tags.columns.env",
                        "expected a list of raw tag keys"),
                Arguments.of("raw key as a map", "tags:\n  columns:\n    env: [stage, {a: b}]\n", 3, 18,
                        "tags.columns.env[1]", "expected a raw tag key, found a map"),
                Arguments.of("blank raw key", "tags:\n  columns:\n    env: [stage, ' ']\n", 3, 18, "tags.columns.env[1]",
                        "expected a raw tag key, found \" \""),
                Arguments.of("raw key feeding two columns", "tags:\n  columns:\n    team: [owner]\n    app: [Owner]\n", 4, 11,
                        "tags.columns.app[0]", "tag key \"Owner\" already feeds column \"team\""),
                Arguments.of("column named like another column's key", "tags:\n  columns:\n    env: [stage]\n    stage: []\n",
                        4, 5, "tags.columns.stage", "tag key \"stage\" already feeds column \"env\""),
                Arguments.of("column named like a billing column", "tags:\n  columns:\n    billedcost: []\n", 3, 5,
                        "tags.columns.billedcost", "clashes with the billing column BilledCost"),
                Arguments.of("column name with a digit first", "tags:\n  columns:\n    2env: []\n", 3, 5, "tags.columns.2env",
                        "must match [a-z][a-z0-9_]*"),
                Arguments.of("list at the top", "- currency: CNY\n", 1, 1, null, "expected a map of settings (" + KNOWN_KEYS + "), found a list"),
                Arguments.of("text at the top", "CNY\n", 1, 1, null, "expected a map of settings"),
                Arguments.of("misspelled section", "currency: CNY\nrule:\n  idle-compute: {}\n", 2, 1, "rule",
                        "unknown key \"rule\"; known keys: " + KNOWN_KEYS),
                Arguments.of("section of a later version", "currency: CNY\nbudgets: {}\n", 2, 1, "budgets",
                        "unknown key \"budgets\"; known keys: " + KNOWN_KEYS),
                Arguments.of("rule not on the class path", "rules:\n  no-such-rule: {enabled: false}\n", 2, 3,
                        "rules.no-such-rule", "unknown rule \"no-such-rule\"; "),
                Arguments.of("multi-line key", "? |\n  a\n  b\n: 1\n", 1, 3, "\"a\\nb\\n\"", "unknown key \"a\\nb\\n\""),
                Arguments.of("duplicate key", "currency: CNY\nexchangeRates:\n  USD: 7.1\n  USD: 7.2\n", 4, 3, "exchangeRates.USD",
                        "duplicate key \"USD\" (first on line 3)"),
                Arguments.of("alias", "currency: &c CNY\nexchangeRates: {USD: *c}\n", 2, 22, "exchangeRates.USD", "YAML aliases (*c) are not supported"),
                Arguments.of("alias in a list", "a: &k env\ntags:\n  columns:\n    env: [stage, *k]\n", 4, 18,
                        "tags.columns.env[1]", "YAML aliases (*k) are not supported"),
                Arguments.of("second document", "currency: CNY\n---\ncurrency: USD\n", 3, 1, null, "a second YAML document"),
                Arguments.of("tab indentation", "tags:\n\tcolumns: {}\n", 2, 1, null, "invalid YAML: "),
                Arguments.of("unclosed list", "tags:\n  columns:\n    env: [environment\n", 4, 1, null,
                        "invalid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>"),
                Arguments.of("unclosed quote", "currency: \"CNY\n", 2, 1, null, "invalid YAML: "));
    }

    @Nested
    class Rejected {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.cloudcost.core.config.CloudcostConfigYamlTest#rejections")
        void rejectsWithPositionPathAndProblem(String name, String yaml, long line, int column, String path, String problem)
                throws IOException {
            Path file = write(yaml);

            InputException e = rejected(file);

            assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
            assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(column);
            if (path == null) {
                assertThat(e.columnName()).isEmpty();
            } else {
                assertThat(e.columnName()).contains(path);
                assertThat(e.getMessage()).contains(":" + line + ":" + column + " (" + path + "): ");
            }
            assertThat(e.problem()).contains(problem);
        }

        @Test
        void invalidUtf8IsRejectedAtTheBadByte() throws IOException {
            Path file = dir.resolve("latin1.yaml");
            Files.write(file, "currency: CNY\ntags:\n  columns:\n    env: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1));

            InputException e = rejected(file);

            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(14);
            assertThat(e.problem()).isEqualTo("not UTF-8 text: invalid byte 0xE9; save the file as UTF-8");
        }

        @Test
        void aDirectoryIsNotAConfigFile() {
            InputException e = rejected(dir);

            assertThat(e.getMessage()).isEqualTo(dir + ": is a directory, expected a YAML file");
        }

        @Test
        void longValuesAreShortenedInMessages() throws IOException {
            String longText = "x".repeat(500);

            InputException e = rejected(write("currency: " + longText + "\n"));

            assertThat(e.getMessage()).hasSizeLessThan(dir.toString().length() + 200).contains("…");
        }
    }
}
