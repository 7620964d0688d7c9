package org.cloudcost.core.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cloudcost.core.InputException;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.SizeLadder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PriceCatalogYamlReader}: a good catalog, then each kind of error with its exact one-line message. */
class PriceCatalogYamlReaderTest {
    private static final String FILE = "t.yaml";

    /** A small catalog with every part: aliases, roles, a ladder, flat and tiered prices. */
    private static final String GOOD = """
            provider: Alibaba Cloud
            aliases: [Alibaba, Aliyun, "Alibaba Cloud (Aliyun)"]
            currency: CNY
            region: cn-hangzhou
            storageTiers:
              hot: [Standard]
              infrequent: [IA]
            sizeLadders:
              - families: 'ecs\\.[a-z0-9-]+'
                source: https://example.org/ladder
                read: 2026-11-22
                note: vCPU ratio
                sizes: {large: 1, xlarge: 2, 2xlarge: 4, 3xlarge: 6}
            prices:
              storage.Standard.gbMonth:
                value: 0.12
                unit: CNY/GB-month
                source: https://help.aliyun.com/zh/oss/storage-fees
                read: 2026-11-22
                note: LRS
              storage.IA.gbMonth: {value: 0.0800, unit: CNY/GB-month, source: s, read: 2021-06}
              compute.stoppedShare: {value: 1, unit: share, source: s, read: 2025}
              cdn.traffic.gb:
                unit: CNY/GB
                source: s
                read: 2021-05-26
                tiers:
                  - {upTo: 10240, value: 0.24}
                  - {upTo: 51200, value: 0.23}
                  - {value: 0.21}
            """;

    /** The smallest valid catalog; the error cases below change one line of it. */
    private static final String BASE = """
            provider: AWS
            currency: USD
            prices:
              ip.idle.hour:
                value: 0.005
                unit: USD/h
                source: s
                read: 2024-02-01
            """;

    static PriceCatalog read(String yaml) {
        return PriceCatalog.read(stream(yaml), FILE);
    }

    static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodCatalogReadsEveryPart() {
        PriceCatalog c = read(GOOD);

        assertThat(c.provider()).isEqualTo("Alibaba Cloud");
        assertThat(c.aliases()).containsExactly("Alibaba", "Aliyun", "Alibaba Cloud (Aliyun)");
        assertThat(c.answersTo("aliyun")).isTrue();
        assertThat(c.answersTo(" ALIBABA CLOUD ")).isTrue();
        assertThat(c.currency()).isEqualTo("CNY");
        assertThat(c.region()).isEqualTo("cn-hangzhou");
        assertThat(c.prices()).containsOnlyKeys("storage.Standard.gbMonth", "storage.IA.gbMonth", "compute.stoppedShare",
                "cdn.traffic.gb");

        Price standard = c.price("storage.Standard.gbMonth").orElseThrow();
        assertThat(standard.value()).isEqualTo(new BigDecimal("0.12"));
        assertThat(standard.unit()).isEqualTo("CNY/GB-month");
        assertThat(standard.source()).isEqualTo("https://help.aliyun.com/zh/oss/storage-fees");
        assertThat(standard.read()).isEqualTo("2026-11-22");
        assertThat(standard.note()).isEqualTo("LRS");
        assertThat(standard.tiers()).isEmpty();
        assertThat(c.price("storage.IA.gbMonth").orElseThrow().value()).as("digits as written")
                .isEqualTo(new BigDecimal("0.0800"));
        assertThat(c.price("storage.IA.gbMonth").orElseThrow().read()).isEqualTo("2021-06");
        assertThat(c.price("compute.stoppedShare").orElseThrow().read()).isEqualTo("2025");

        Price cdn = c.price("cdn.traffic.gb").orElseThrow();
        assertThat(cdn.value()).as("a tiered price's value is its first tier's").isEqualTo(new BigDecimal("0.24"));
        assertThat(cdn.tiers()).containsExactly(
                new Price.Tier(new BigDecimal("10240"), new BigDecimal("0.24")),
                new Price.Tier(new BigDecimal("51200"), new BigDecimal("0.23")),
                new Price.Tier(null, new BigDecimal("0.21")));
        assertThat(cdn.cost(60_000)).isEqualByComparingTo("13726.4");

        assertThat(c.sizeLadders()).hasSize(1);
        SizeLadder ladder = c.sizeLadder("ecs.g7.2xlarge").orElseThrow();
        assertThat(ladder.sizeNames()).containsExactly("large", "xlarge", "2xlarge", "3xlarge");
        assertThat(ladder.units("3xlarge")).hasValue(6.0);
        assertThat(ladder.source()).isEqualTo("https://example.org/ladder (note: vCPU ratio)");
        assertThat(ladder.read()).isEqualTo("2026-11-22");
        assertThat(c.sizeLadder("ecs.g7.metal")).isEmpty();
        assertThat(c.sizeLadder("rds.mysql.large")).isEmpty();

        assertThat(c.storageTiers()).containsExactly(Map.entry("hot", List.of("Standard")), Map.entry("infrequent", List.of("IA")));
        assertThat(c.storageClass("hot")).contains("Standard");
        assertThat(c.storageClasses("archive")).isEmpty();
    }

    @Test
    void optionalPartsMayBeLeftOut() {
        PriceCatalog c = read(BASE);

        assertThat(c.aliases()).isEmpty();
        assertThat(c.region()).isEmpty();
        assertThat(c.sizeLadders()).isEmpty();
        assertThat(c.storageTiers()).isEmpty();
        assertThat(c.price("ip.idle.hour").orElseThrow().note()).isEmpty();
        assertThat(c.price("ip.idle.hour").orElseThrow().cost(730)).isEqualByComparingTo("3.65");
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertThat(read("\uFEFF" + BASE).provider()).isEqualTo("AWS");
    }

    @Test
    void aMissingResourceIsNamed() {
        InputException e = catchThrowableOfType(InputException.class, () -> PriceCatalog.read(null, "x/aws-prices.yaml"));
        assertThat(e.getMessage()).isEqualTo("x/aws-prices.yaml: not found: no such price catalog file or resource");
    }

    @Test
    void notUtf8IsPlacedAtTheByte() {
        byte[] bytes = "provider: AWS\ncurrency: US\u00ffD\n".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = catchThrowableOfType(InputException.class,
                () -> PriceCatalog.read(new ByteArrayInputStream(bytes), FILE));
        assertThat(e.getMessage()).isEqualTo("t.yaml:2:13: not UTF-8 text: invalid byte 0xFF; save the file as UTF-8");
    }

    @Test
    void aHugeFileIsRefusedWhole() {
        byte[] bytes = new byte[PriceCatalogYamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');
        InputException e = catchThrowableOfType(InputException.class,
                () -> PriceCatalog.read(new ByteArrayInputStream(bytes), FILE));
        assertThat(e.getMessage()).isEqualTo("t.yaml: too large for a price catalog (more than 1048576 bytes);"
                + " expected a small YAML file");
    }

    /** BASE with {@code line} (1-based) replaced by {@code replacement} ({@code null} removes it). */
    static String base(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(BASE.lines().toList());
        if (replacement == null) {
            lines.remove(line - 1);
        } else {
            lines.set(line - 1, replacement);
        }
        return String.join("\n", lines) + "\n";
    }

    /** BASE with {@code text} added to its end. */
    static String baseAnd(String text) {
        return BASE + text;
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // YAML itself
                Arguments.of("empty file", "",
                        "t.yaml:1:1: empty price catalog: expected provider, currency and prices (see docs/price-catalog.md)"),
                Arguments.of("not a map", "- a\n- b\n",
                        "t.yaml:1:1: expected a price catalog: a map with the keys provider, aliases, currency, region,"
                                + " storageTiers, sizeLadders, prices, found a list"),
                Arguments.of("syntax error", base(5, "    value: [0.005"),
                        "t.yaml:6:9: invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :"),
                Arguments.of("duplicate key", base(6, "    value: 0.006"),
                        "t.yaml:6:5 (prices.\"ip.idle.hour\".value): duplicate key \"value\" (first on line 5)"),
                // unknown keys, at every level
                Arguments.of("unknown top-level key", baseAnd("pricez: {}\n"),
                        "t.yaml:9:1 (pricez): unknown key \"pricez\"; known keys: provider, aliases, currency, region,"
                                + " storageTiers, sizeLadders, prices"),
                Arguments.of("unknown price key", base(5, "    valu: 0.005"),
                        "t.yaml:5:5 (prices.\"ip.idle.hour\".valu): unknown key \"valu\"; known keys: value, tiers, unit,"
                                + " source, read, note"),
                Arguments.of("unknown tier key", base(5, "    tiers: [{upto: 5, value: 1}]"),
                        "t.yaml:5:14 (prices.\"ip.idle.hour\".tiers[0].upto): unknown key \"upto\"; known keys: upTo, value"),
                Arguments.of("unknown ladder key", baseAnd("sizeLadders:\n  - {family: x, sizes: {large: 1}, source: s, read: 2024}\n"),
                        "t.yaml:10:6 (sizeLadders[0].family): unknown key \"family\"; known keys: families, sizes, source, read, note"),
                Arguments.of("unknown storage role", baseAnd("storageTiers:\n  warm: [STANDARD]\n"),
                        "t.yaml:10:3 (storageTiers.warm): unknown key \"warm\"; known keys: hot, infrequent, archive, coldArchive"),
                // required fields
                Arguments.of("missing provider", base(1, null),
                        "t.yaml:1:1: missing provider (the FOCUS ProviderName the catalog prices, e.g. provider: AWS)"),
                Arguments.of("missing currency", base(2, null),
                        "t.yaml:1:1: missing currency (its prices' currency, e.g. currency: CNY)"),
                Arguments.of("missing prices", "provider: AWS\ncurrency: USD\n",
                        "t.yaml:1:1: missing prices (the prices by key, e.g. prices: {storage.Standard.gbMonth: {value: 0.12, ...}})"),
                Arguments.of("no prices", "provider: AWS\ncurrency: USD\nprices:\n",
                        "t.yaml:3:8 (prices): expected at least one price, e.g. storage.Standard.gbMonth: {value: 0.12,"
                                + " unit: CNY/GB-month, source: https://..., read: 2026-11-22}"),
                Arguments.of("missing unit", base(6, null),
                        "t.yaml:4:3 (prices.\"ip.idle.hour\"): missing unit (what the price is per, e.g. unit: CNY/GB-month)"),
                Arguments.of("missing source", base(7, null),
                        "t.yaml:4:3 (prices.\"ip.idle.hour\"): missing source (where the figure was read, a URL or document)"),
                Arguments.of("missing read", base(8, null),
                        "t.yaml:4:3 (prices.\"ip.idle.hour\"): missing read (when it was read or published, e.g. read: 2026-11-22)"),
                Arguments.of("missing value and tiers", base(5, null),
                        "t.yaml:4:3 (prices.\"ip.idle.hour\"): missing value (or tiers for a tiered price); e.g. {value: 0.12,"
                                + " unit: CNY/GB-month, source: https://..., read: 2026-11-22}"),
                Arguments.of("value and tiers", base(5, "    value: 0.005\n    tiers: [{value: 0.005}]"),
                        "t.yaml:6:5 (prices.\"ip.idle.hour\".tiers): a price has value or tiers, not both: value for a flat"
                                + " price, tiers for a tiered one"),
                Arguments.of("empty source", base(7, "    source:"),
                        "t.yaml:7:12 (prices.\"ip.idle.hour\".source): expected where the figure was read, a URL or document,"
                                + " found nothing"),
                // values
                Arguments.of("negative value", base(5, "    value: -0.005"),
                        "t.yaml:5:12 (prices.\"ip.idle.hour\".value): expected a number of 0 or more (USD/h), found \"-0.005\""),
                Arguments.of("text value", base(5, "    value: cheap"),
                        "t.yaml:5:12 (prices.\"ip.idle.hour\".value): expected a number of 0 or more (USD/h), found \"cheap\""),
                Arguments.of("share above 1", base(5, "    value: 1.5").replace("USD/h", "share"),
                        "t.yaml:5:12 (prices.\"ip.idle.hour\".value): expected a share from 0 to 1, found \"1.5\""),
                Arguments.of("unit in another currency", base(6, "    unit: CNY/h"),
                        "t.yaml:6:11 (prices.\"ip.idle.hour\".unit): unit \"CNY/h\" is in CNY but the catalog's currency is USD;"
                                + " every price of a catalog is in its currency"),
                Arguments.of("bad price key", base(4, "  ip idle hour:"),
                        "t.yaml:4:3 (prices.\"ip idle hour\"): price key \"ip idle hour\" must be dot-separated names of letters,"
                                + " digits, _ or -, such as storage.Standard.gbMonth"),
                Arguments.of("lower-case currency", base(2, "currency: usd"),
                        "t.yaml:2:11 (currency): expected a three-letter ISO 4217 currency code such as CNY or USD,"
                                + " found \"usd\" (write it in capitals: USD)"),
                Arguments.of("not a currency", base(2, "currency: RMB"),
                        "t.yaml:2:11 (currency): \"RMB\" is not an ISO 4217 currency code (the renminbi is CNY);"
                                + " expected a code such as CNY or USD"),
                Arguments.of("read not a date", base(8, "    read: last year"),
                        "t.yaml:8:11 (prices.\"ip.idle.hour\".read): expected a date written YYYY-MM-DD (or YYYY-MM, YYYY"
                                + " when the source is no more precise), found \"last year\""),
                Arguments.of("read not in the calendar", base(8, "    read: 2026-02-30"),
                        "t.yaml:8:11 (prices.\"ip.idle.hour\".read): \"2026-02-30\" is not a date in the calendar; expected a date"
                                + " written YYYY-MM-DD (or YYYY-MM, YYYY when the source is no more precise)"),
                Arguments.of("duplicate alias", base(1, "provider: AWS\naliases: [Amazon, aws]"),
                        "t.yaml:2:19 (aliases[1]): alias \"aws\" is already the provider or an earlier alias (names match"
                                + " without regard to case)"),
                // tiers
                Arguments.of("tiers not ascending", base(5, "    tiers: [{upTo: 100, value: 0.09}, {upTo: 50, value: 0.08}, {value: 0.07}]"),
                        "t.yaml:5:46 (prices.\"ip.idle.hour\".tiers[1].upTo): tiers go in ascending order: upTo 50 is not above"
                                + " the previous tier's upTo 100"),
                Arguments.of("open tier not last", base(5, "    tiers: [{value: 0.09}, {upTo: 50, value: 0.08}]"),
                        "t.yaml:5:13 (prices.\"ip.idle.hour\".tiers[0]): only the last tier may leave out upTo (it prices"
                                + " everything above the tier before); give this tier an upTo or move it to the end"),
                Arguments.of("tier without value", base(5, "    tiers: [{upTo: 50}]"),
                        "t.yaml:5:13 (prices.\"ip.idle.hour\".tiers[0]): missing value (the unit price in this tier,"
                                + " e.g. {upTo: 10240, value: 0.24})"),
                Arguments.of("no tiers", base(5, "    tiers: []"),
                        "t.yaml:5:12 (prices.\"ip.idle.hour\".tiers): expected at least one tier, e.g. [{upTo: 10240, value: 0.24},"
                                + " {value: 0.23}]"),
                Arguments.of("upTo zero", base(5, "    tiers: [{upTo: 0, value: 0.09}, {value: 0.08}]"),
                        "t.yaml:5:20 (prices.\"ip.idle.hour\".tiers[0].upTo): expected a number greater than 0 (the cumulative"
                                + " quantity this tier goes up to), found \"0\""),
                // ladders
                Arguments.of("sizes not ascending", baseAnd("sizeLadders:\n  - families: '[a-z][a-z0-9-]*'\n"
                                + "    sizes: {large: 4, xlarge: 8, 2xlarge: 8}\n    source: s\n    read: 2024\n"),
                        "t.yaml:11:43 (sizeLadders[0].sizes.2xlarge): sizes go smallest first: 2xlarge (8) is not above the size"
                                + " before it, xlarge (8)"),
                Arguments.of("bad family regex", baseAnd("sizeLadders:\n  - families: 'ecs\\.[a-z'\n"
                                + "    sizes: {large: 1}\n    source: s\n    read: 2024\n"),
                        "t.yaml:10:15 (sizeLadders[0].families): not a valid regular expression: Unclosed character class at"
                                + " index 8 of \"ecs\\.[a-z\""),
                Arguments.of("size with a dot", baseAnd("sizeLadders:\n  - families: x\n"
                                + "    sizes: {g7.large: 1}\n    source: s\n    read: 2024\n"),
                        "t.yaml:11:13 (sizeLadders[0].sizes.\"g7.large\"): size \"g7.large\" must be the part of a spec after its"
                                + " last dot, e.g. 2xlarge in ecs.g7.2xlarge"),
                Arguments.of("ladder without source", baseAnd("sizeLadders:\n  - families: x\n    sizes: {large: 1}\n    read: 2024\n"),
                        "t.yaml:10:5 (sizeLadders[0]): missing source (where the ratios come from, a URL or document)"),
                // storage roles
                Arguments.of("class without a price", baseAnd("storageTiers:\n  hot: [STANDARD]\n"),
                        "t.yaml:10:9 (storageTiers.hot[0]): storage class \"STANDARD\" has no price storage.STANDARD.gbMonth;"
                                + " add it under prices or correct the class name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void eachErrorIsOnePositionedLine(String what, String yaml, String message) {
        InputException e = catchThrowableOfType(InputException.class, () -> read(yaml));
        assertThat(e).as("%s should be refused", what).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").isEqualTo(message);
        assertThat(e.file()).isEqualTo(FILE);
    }
}
