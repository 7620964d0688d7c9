package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.core.config.CloudcostConfigRulesYamlTest.assertRejected;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sections {@code timeZone}, {@code environments}, {@code ignoreTag}, {@code prices} and {@code effort}. */
class CloudcostConfigSettingsYamlTest {

    @TempDir
    Path dir;

    CloudcostConfig load(String yaml) throws IOException {
        return CloudcostConfig.load(Files.writeString(dir.resolve("cloudcost.yaml"), yaml, StandardCharsets.UTF_8),
                ConfigTestRules.registry());
    }

    @Test
    void theDefaultsNeedNoKeys() throws IOException {
        CloudcostConfig config = load("currency: CNY\n");

        assertThat(config.timeZone()).isEmpty();
        assertThat(config.environmentTagKeys()).containsExactly("env", "environment", "stage");
        assertThat(config.ignoreTagKey()).isEqualTo("cloudcost:ignore");
        assertThat(config.ignoreTagValue()).isEqualTo("true");
        assertThat(config.prices()).isEmpty();
        assertThat(config.effort()).isEmpty();
    }

    @Test
    void everyNewKeyLandsInTheConfig() throws IOException {
        CloudcostConfig config = load("""
                timeZone: Asia/Shanghai
                environments:
                  tagKeys: [Env, deployment]
                ignoreTag: "finops/skip=yes"
                prices:
                  Alibaba Cloud:
                    storage.Standard.gbMonth: 0.120
                    ip.idle.hour: "0.02"
                  AWS:
                    snapshot.gbMonth: 0
                effort:
                  elastic-scaling: {hours: 40, hourlyRate: 300, oneOff: 0}
                  right-sizing: {hours: 16.5, hourlyRate: 300}
                  cleanup:
                    hours: 8
                    hourlyRate: 250.00
                    oneOff: 1200
                """);

        assertThat(config.timeZone()).contains(ZoneId.of("Asia/Shanghai"));
        assertThat(config.environmentTagKeys()).containsExactly("Env", "deployment");
        assertThat(config.ignoreTagKey()).isEqualTo("finops/skip");
        assertThat(config.ignoreTagValue()).isEqualTo("yes");
        assertThat(config.prices()).containsExactly(
                Map.entry("Alibaba Cloud", Map.of("storage.Standard.gbMonth", new BigDecimal("0.120"),
                        "ip.idle.hour", new BigDecimal("0.02"))),
                Map.entry("AWS", Map.of("snapshot.gbMonth", BigDecimal.ZERO)));
        assertThat(config.prices().get("Alibaba Cloud").get("storage.Standard.gbMonth").toPlainString())
                .as("kept exactly as written").isEqualTo("0.120");
        assertThat(config.effort()).containsExactly(
                Map.entry(Strategy.ELASTIC_SCALING, new Effort(new BigDecimal("40"), new BigDecimal("300"), new BigDecimal("0"))),
                Map.entry(Strategy.RIGHT_SIZING, new Effort(new BigDecimal("16.5"), new BigDecimal("300"), BigDecimal.ZERO)),
                Map.entry(Strategy.CLEANUP, new Effort(new BigDecimal("8"), new BigDecimal("250.00"), new BigDecimal("1200"))));
        assertThat(config.effort().get(Strategy.CLEANUP).cost()).isEqualByComparingTo("3200");
    }

    @Test
    void aTimeZoneMayBeAnOffset() throws IOException {
        assertThat(load("timeZone: \"+08:00\"\n").timeZone()).contains(ZoneOffset.ofHours(8));
        assertThat(load("timeZone: +08:00\n").timeZone()).contains(ZoneOffset.ofHours(8));
        assertThat(load("timeZone: UTC\n").timeZone()).contains(ZoneId.of("UTC"));
    }

    @Test
    void anIgnoreTagSplitsAtTheFirstEqualsSign() throws IOException {
        CloudcostConfig config = load("ignoreTag: keep=a=b\n");

        assertThat(config.ignoreTagKey()).isEqualTo("keep");
        assertThat(config.ignoreTagValue()).isEqualTo("a=b");
        assertThat(load("ignoreTag: \"keep=\"\n").ignoreTagValue()).as("an empty value is a value").isEmpty();
    }

    @Test
    void emptySectionsKeepTheirDefaults() throws IOException {
        CloudcostConfig config = load("environments:\nprices:\n  AWS:\neffort: {}\n");

        assertThat(config.environmentTagKeys()).isEqualTo(CloudcostConfig.DEFAULT_ENVIRONMENT_TAG_KEYS);
        assertThat(config.prices()).isEmpty();
        assertThat(config.effort()).isEmpty();
    }

    @Test
    void everyStrategyTakesAnEffort() throws IOException {
        StringBuilder yaml = new StringBuilder("effort:\n");
        for (Strategy s : Strategy.values()) {
            yaml.append("  ").append(s.id()).append(": {hours: 1, hourlyRate: 2}\n");
        }

        assertThat(load(yaml.toString()).effort()).containsOnlyKeys(List.of(Strategy.values()));
    }

    static Stream<Arguments> rejections() {
        String zone = "expected a time zone such as Asia/Shanghai, UTC or +08:00, found ";
        String strategies = "; known strategies: elastic-scaling, right-sizing, data-lifecycle, network, cleanup, capacity-risk";
        String needs = "; an effort needs hours and hourlyRate (oneOff is optional), e.g. {hours: 40, hourlyRate: 300}";
        return Stream.of(
                Arguments.of("misspelled time zone", "timeZone: Asia/Shangai\n", 1, 11, "timeZone",
                        zone + "\"Asia/Shangai\" (did you mean Asia/Shanghai?)"),
                Arguments.of("time zone in lower case", "timeZone: asia/shanghai\n", 1, 11, "timeZone",
                        zone + "\"asia/shanghai\" (did you mean Asia/Shanghai?)"),
                Arguments.of("time zone abbreviation", "timeZone: CST\n", 1, 11, "timeZone", zone + "\"CST\""),
                Arguments.of("time zone as a number", "timeZone: 8\n", 1, 11, "timeZone", zone + "\"8\""),
                Arguments.of("time zone left empty", "timeZone:\ncurrency: CNY\n", 1, 10, "timeZone", zone + "nothing"),
                Arguments.of("time zone as a list", "timeZone: [UTC]\n", 1, 11, "timeZone", zone + "a list"),
                Arguments.of("environments as a list", "environments: [env]\n", 1, 15, "environments",
                        "expected a map with the keys tagKeys, found a list"),
                Arguments.of("unknown key of environments", "environments:\n  tagkeys: [env]\n", 2, 3, "environments.tagkeys",
                        "unknown key \"tagkeys\"; known keys: tagKeys"),
                Arguments.of("tag keys as text", "environments:\n  tagKeys: env\n", 2, 12, "environments.tagKeys",
                        "expected a list of tag keys, e.g. [env, environment, stage], found \"env\""),
                Arguments.of("no tag keys", "environments:\n  tagKeys: []\n", 2, 12, "environments.tagKeys",
                        "expected at least one tag key, e.g. [env, environment, stage];"
                                + " leave environments.tagKeys out to keep the defaults (env, environment, stage)"),
                Arguments.of("tag keys left empty", "environments:\n  tagKeys:\n", 2, 11, "environments.tagKeys",
                        "expected at least one tag key, e.g. [env, environment, stage];"
                                + " leave environments.tagKeys out to keep the defaults (env, environment, stage)"),
                Arguments.of("tag key listed twice", "environments:\n  tagKeys: [env, Env]\n", 2, 18, "environments.tagKeys[1]",
                        "tag key \"Env\" is listed twice (tag keys match without regard to case)"),
                Arguments.of("tag key as a map", "environments:\n  tagKeys: [env, {a: b}]\n", 2, 18, "environments.tagKeys[1]",
                        "expected a tag key, found a map"),
                Arguments.of("blank tag key", "environments:\n  tagKeys: [' ']\n", 2, 13, "environments.tagKeys[0]",
                        "expected a tag key, found \" \""),
                Arguments.of("tag key with spaces", "environments:\n  tagKeys: [' env']\n", 2, 13, "environments.tagKeys[0]",
                        "\" env\" has spaces at its start or end; write \"env\""),
                Arguments.of("ignore tag without =", "ignoreTag: cloudcost:ignore\n", 1, 12, "ignoreTag",
                        "expected a tag written key=value, e.g. cloudcost:ignore=true, found \"cloudcost:ignore\""),
                Arguments.of("ignore tag without a key", "ignoreTag: \"=true\"\n", 1, 12, "ignoreTag",
                        "expected a tag written key=value with a key before the \"=\", e.g. cloudcost:ignore=true, found \"=true\""),
                Arguments.of("ignore tag with spaces", "ignoreTag: \"cloudcost:ignore = true\"\n", 1, 12, "ignoreTag",
                        "tag \"cloudcost:ignore = true\" has spaces around its key or value, which would never match;"
                                + " write \"cloudcost:ignore=true\""),
                Arguments.of("ignore tag as a map", "ignoreTag:\n  cloudcost:ignore: true\n", 2, 3, "ignoreTag",
                        "expected a tag written key=value, e.g. cloudcost:ignore=true, found a map"),
                Arguments.of("ignore tag left empty", "ignoreTag:\ncurrency: CNY\n", 1, 11, "ignoreTag",
                        "expected a tag written key=value, e.g. cloudcost:ignore=true, found nothing"),
                Arguments.of("prices as a list", "prices: [0.12]\n", 1, 9, "prices",
                        "expected a map of provider name to its prices, e.g. {Alibaba Cloud: {storage.Standard.gbMonth: 0.12}},"
                                + " found a list"),
                Arguments.of("provider prices as a number", "prices:\n  AWS: 0.1\n", 2, 8, "prices.AWS",
                        "expected a map of catalog key to price, e.g. {storage.Standard.gbMonth: 0.12}, found \"0.1\""),
                Arguments.of("negative price", "prices:\n  Alibaba Cloud:\n    storage.Standard.gbMonth: -0.12\n", 3, 31,
                        "prices.\"Alibaba Cloud\".\"storage.Standard.gbMonth\"",
                        "expected a number of 0 or more (in the catalog's unit), found \"-0.12\""),
                Arguments.of("price as text", "prices:\n  AWS:\n    ip.idle.hour: cheap\n", 3, 19, "prices.AWS.\"ip.idle.hour\"",
                        "expected a number of 0 or more (in the catalog's unit), found \"cheap\""),
                Arguments.of("price with a currency", "prices:\n  AWS:\n    ip.idle.hour: 0.005 USD\n", 3, 19,
                        "prices.AWS.\"ip.idle.hour\"", "expected a number of 0 or more (in the catalog's unit), found \"0.005 USD\""),
                Arguments.of("blank catalog key", "prices:\n  AWS:\n    ' ': 1\n", 3, 5, "prices.AWS.\" \"",
                        "expected a catalog key such as storage.Standard.gbMonth, found \" \""),
                Arguments.of("provider with a trailing space", "prices:\n  'AWS ': {ip.idle.hour: 1}\n", 2, 3, "prices.\"AWS \"",
                        "\"AWS \" has spaces at its start or end; write \"AWS\""),
                Arguments.of("effort as a list", "effort: [40]\n", 1, 9, "effort",
                        "expected a map of strategy to effort, e.g. {right-sizing: {hours: 40, hourlyRate: 300}}, found a list"),
                Arguments.of("unknown strategy", "effort:\n  rightsizing: {hours: 1, hourlyRate: 1}\n", 2, 3, "effort.rightsizing",
                        "unknown strategy \"rightsizing\" (did you mean right-sizing?)" + strategies),
                Arguments.of("strategy in capitals", "effort:\n  Cleanup: {hours: 1, hourlyRate: 1}\n", 2, 3, "effort.Cleanup",
                        "unknown strategy \"Cleanup\" (did you mean cleanup?)" + strategies),
                Arguments.of("effort as a number", "effort:\n  cleanup: 40\n", 2, 12, "effort.cleanup",
                        "expected a map with the keys hours, hourlyRate, oneOff, found \"40\""),
                Arguments.of("unknown key of an effort", "effort:\n  cleanup: {hours: 8, rate: 300}\n", 2, 23, "effort.cleanup.rate",
                        "unknown key \"rate\"; known keys: hours, hourlyRate, oneOff"),
                Arguments.of("missing hours", "effort:\n  cleanup:\n    hourlyRate: 300\n", 2, 3, "effort.cleanup",
                        "hours is missing" + needs),
                Arguments.of("missing hourly rate", "effort:\n  network: {hours: 8}\n", 2, 3, "effort.network",
                        "hourlyRate is missing" + needs),
                Arguments.of("effort left empty", "effort:\n  network:\n", 2, 3, "effort.network", "hours is missing" + needs),
                Arguments.of("negative hours", "effort:\n  cleanup: {hours: -8, hourlyRate: 300}\n", 2, 20, "effort.cleanup.hours",
                        "expected a number of 0 or more (hours), found \"-8\""),
                Arguments.of("hourly rate with a currency", "effort:\n  cleanup:\n    hours: 8\n    hourlyRate: 300 CNY\n", 4, 17,
                        "effort.cleanup.hourlyRate",
                        "expected a number of 0 or more (reporting currency per hour), found \"300 CNY\""),
                Arguments.of("negative one-off cost", "effort:\n  cleanup: {hours: 8, hourlyRate: 300, oneOff: -1}\n", 2, 48,
                        "effort.cleanup.oneOff", "expected a number of 0 or more (reporting currency), found \"-1\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithPositionPathAndProblem(String name, String yaml, long line, int column, String path, String problem)
            throws IOException {
        Path file = Files.writeString(dir.resolve("cloudcost.yaml"), yaml, StandardCharsets.UTF_8);

        assertRejected(file, ConfigTestRules.registry(), line, column, path, problem);
    }
}
