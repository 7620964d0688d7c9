package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cloudcost.core.InputException;
import org.cloudcost.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code rules} section, checked against the stand-in rules of {@link ConfigTestRules}. */
class CloudcostConfigRulesYamlTest {

    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("cloudcost.yaml"), yaml, StandardCharsets.UTF_8);
    }

    CloudcostConfig load(String yaml) throws IOException {
        return CloudcostConfig.load(write(yaml), ConfigTestRules.registry());
    }

    /** Loads {@code yaml}, expecting it to be rejected at {@code line:column (path): problem}, in one line. */
    static void assertRejected(Path file, RuleRegistry rules, long line, int column, String path, String problem) {
        InputException e = catchThrowableOfType(InputException.class, () -> CloudcostConfig.load(file, rules));
        assertThat(e).as("loading %s should fail", file).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r")
                .isEqualTo(file + ":" + line + ":" + column + " (" + path + "): " + problem);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.columnName()).contains(path);
        assertThat(e.problem()).isEqualTo(problem);
    }

    @Test
    void everyRuleSettingLandsInTheConfig() throws IOException {
        CloudcostConfig config = load("""
                rules:
                  idle-compute:
                    enabled: true
                    thresholds: {p95CpuPercent: 7.5, minDays: 21}
                    environments:
                      test: {p95CpuPercent: 10}
                      non-prod:
                        minDays: 7
                    tags:
                      "team=data": {minDays: 3}
                      cost-center=: {p95CpuPercent: 2}
                      build=a=b: {p95CpuPercent: 1}
                  stale-storage:
                    enabled: false
                """);

        assertThat(config.rules()).containsOnlyKeys("idle-compute", "stale-storage");
        RuleSettings idle = config.rule("idle-compute");
        assertThat(idle.enabled()).isTrue();
        assertThat(idle.thresholds()).containsExactly(Map.entry("p95CpuPercent", 7.5), Map.entry("minDays", 21.0));
        assertThat(idle.byEnvironment()).containsExactly(
                Map.entry("test", Map.of("p95CpuPercent", 10.0)),
                Map.entry("non-prod", Map.of("minDays", 7.0)));
        assertThat(idle.byTag()).as("tags in file order, split at the first =").containsExactly(
                Map.entry("team=data", Map.of("minDays", 3.0)),
                Map.entry("cost-center=", Map.of("p95CpuPercent", 2.0)),
                Map.entry("build=a=b", Map.of("p95CpuPercent", 1.0)));
        assertThat(config.rule("stale-storage")).isEqualTo(RuleSettings.defaults().withEnabled(false));
    }

    @Test
    void theEndsOfARangeAreAccepted() throws IOException {
        CloudcostConfig config = load("rules:\n  idle-compute:\n    thresholds: {p95CpuPercent: 0, minDays: 366}\n"
                + "    environments: {prod: {p95CpuPercent: 100, minDays: 1}}\n");

        assertThat(config.rule("idle-compute").thresholds()).containsExactly(
                Map.entry("p95CpuPercent", 0.0), Map.entry("minDays", 366.0));
        assertThat(config.rule("idle-compute").byEnvironment().get("prod")).containsExactly(
                Map.entry("p95CpuPercent", 100.0), Map.entry("minDays", 1.0));
    }

    @Test
    void emptyEntriesKeepTheDefaults() throws IOException {
        assertThat(load("rules:\n").rules()).isEmpty();

        CloudcostConfig config = load("rules:\n  idle-compute:\n  stale-storage: {thresholds: {}, environments: {test: {}}}\n");

        assertThat(config.rule("idle-compute")).isEqualTo(RuleSettings.defaults());
        assertThat(config.rule("stale-storage")).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void aRuleIdIsNotCheckedWhenTheFileHasNoRules() throws IOException {
        CloudcostConfig config = CloudcostConfig.load(write("currency: CNY\n"), RuleRegistry.of(List.of()));

        assertThat(config.rules()).isEmpty();
    }

    @Test
    void withoutRulesInstalledEveryRuleIdIsUnknown() throws IOException {
        Path file = write("rules:\n  idle-compute: {enabled: false}\n");

        assertRejected(file, RuleRegistry.of(List.of()), 2, 3, "rules.idle-compute",
                "unknown rule \"idle-compute\"; no rules are installed");
    }

    static Stream<Arguments> rejections() {
        String known = "; known rules: idle-compute, stale-storage";
        String cpuRange = "expected a number from 0 to 100 (%), found ";
        String daysRange = "expected a number from 1 to 366 (days), found ";
        return Stream.of(
                Arguments.of("rules as a list", "rules: [idle-compute]\n", 1, 8, "rules",
                        "expected a map of rule id to its settings, e.g. {idle-compute: {enabled: false}}, found a list"),
                Arguments.of("misspelled rule", "rules:\n  idel-compute: {}\n", 2, 3, "rules.idel-compute",
                        "unknown rule \"idel-compute\" (did you mean idle-compute?)" + known),
                Arguments.of("unknown rule", "rules:\n  idle-gpu:\n    enabled: false\n", 2, 3, "rules.idle-gpu",
                        "unknown rule \"idle-gpu\"" + known),
                Arguments.of("rule as a boolean", "rules:\n  idle-compute: false\n", 2, 17, "rules.idle-compute",
                        "expected a map with the keys enabled, thresholds, environments, tags, found \"false\""),
                Arguments.of("unknown key of a rule", "rules:\n  idle-compute:\n    enable: false\n", 3, 5,
                        "rules.idle-compute.enable",
                        "unknown key \"enable\"; known keys: enabled, thresholds, environments, tags"),
                Arguments.of("enabled as yes", "rules:\n  idle-compute:\n    enabled: yes\n", 3, 14,
                        "rules.idle-compute.enabled", "expected true or false, found \"yes\""),
                Arguments.of("enabled as off", "rules:\n  idle-compute: {enabled: off}\n", 2, 27,
                        "rules.idle-compute.enabled", "expected true or false, found \"off\""),
                Arguments.of("enabled as quoted text", "rules:\n  idle-compute: {enabled: \"false\"}\n", 2, 27,
                        "rules.idle-compute.enabled", "expected true or false without quotes, found \"false\""),
                Arguments.of("enabled as a number", "rules:\n  idle-compute:\n    enabled: 0\n", 3, 14,
                        "rules.idle-compute.enabled", "expected true or false, found \"0\""),
                Arguments.of("enabled left empty", "rules:\n  idle-compute:\n    enabled:\n", 3, 13,
                        "rules.idle-compute.enabled", "expected true or false, found nothing"),
                Arguments.of("thresholds as a list", "rules:\n  idle-compute:\n    thresholds: [5]\n", 3, 17,
                        "rules.idle-compute.thresholds",
                        "expected a map of threshold name to value, e.g. {p95CpuPercent: 5}, found a list"),
                Arguments.of("unknown threshold", "rules:\n  idle-compute:\n    thresholds:\n      p95CPUPercent: 10\n", 4, 7,
                        "rules.idle-compute.thresholds.p95CPUPercent",
                        "unknown threshold \"p95CPUPercent\" (did you mean p95CpuPercent?); idle-compute has p95CpuPercent, minDays"),
                Arguments.of("threshold of another rule", "rules:\n  stale-storage:\n    thresholds: {minDays: 7}\n", 3, 18,
                        "rules.stale-storage.thresholds.minDays",
                        "unknown threshold \"minDays\"; stale-storage has archiveAfterDays"),
                Arguments.of("threshold above its range", "rules:\n  idle-compute:\n    thresholds:\n      p95CpuPercent: 150\n",
                        4, 22, "rules.idle-compute.thresholds.p95CpuPercent", cpuRange + "\"150\""),
                Arguments.of("threshold below its range", "rules:\n  idle-compute:\n    thresholds:\n      minDays: 0\n",
                        4, 16, "rules.idle-compute.thresholds.minDays", daysRange + "\"0\""),
                Arguments.of("negative threshold", "rules:\n  idle-compute:\n    thresholds:\n      p95CpuPercent: -1\n",
                        4, 22, "rules.idle-compute.thresholds.p95CpuPercent", cpuRange + "\"-1\""),
                Arguments.of("threshold as text", "rules:\n  idle-compute:\n    thresholds:\n      p95CpuPercent: five\n",
                        4, 22, "rules.idle-compute.thresholds.p95CpuPercent", cpuRange + "\"five\""),
                Arguments.of("threshold with a unit", "rules:\n  idle-compute:\n    thresholds:\n      p95CpuPercent: 5%\n",
                        4, 22, "rules.idle-compute.thresholds.p95CpuPercent", cpuRange + "\"5%\""),
                Arguments.of("threshold not a number", "rules:\n  idle-compute:\n    thresholds:\n      p95CpuPercent: .nan\n",
                        4, 22, "rules.idle-compute.thresholds.p95CpuPercent", cpuRange + "\".nan\""),
                Arguments.of("threshold as a boolean", "rules:\n  idle-compute:\n    thresholds:\n      minDays: true\n",
                        4, 16, "rules.idle-compute.thresholds.minDays", daysRange + "\"true\""),
                Arguments.of("threshold left empty", "rules:\n  idle-compute:\n    thresholds:\n      minDays:\n",
                        4, 15, "rules.idle-compute.thresholds.minDays", daysRange + "nothing"),
                Arguments.of("environments as a list", "rules:\n  idle-compute:\n    environments: [test]\n", 3, 19,
                        "rules.idle-compute.environments",
                        "expected a map of environment to thresholds, e.g. {test: {p95CpuPercent: 5}}, found a list"),
                Arguments.of("environment in capitals", "rules:\n  idle-compute:\n    environments:\n      Test: {minDays: 7}\n",
                        4, 7, "rules.idle-compute.environments.Test", "environment \"Test\" must be written in lower case"
                                + " without spaces, as resources' environments are compared; write test"),
                Arguments.of("environment thresholds as a number", "rules:\n  idle-compute:\n    environments:\n      test: 10\n",
                        4, 13, "rules.idle-compute.environments.test",
                        "expected a map of threshold name to value, e.g. {p95CpuPercent: 5}, found \"10\""),
                Arguments.of("unknown environment threshold",
                        "rules:\n  idle-compute:\n    environments:\n      test:\n        minDay: 7\n", 5, 9,
                        "rules.idle-compute.environments.test.minDay",
                        "unknown threshold \"minDay\" (did you mean minDays?); idle-compute has p95CpuPercent, minDays"),
                Arguments.of("environment threshold out of range",
                        "rules:\n  idle-compute:\n    environments:\n      test: {p95CpuPercent: 101}\n", 4, 29,
                        "rules.idle-compute.environments.test.p95CpuPercent", cpuRange + "\"101\""),
                Arguments.of("tag without =", "rules:\n  idle-compute:\n    tags:\n      team: {minDays: 7}\n", 4, 7,
                        "rules.idle-compute.tags.team", "expected a tag written key=value, e.g. team=data, found \"team\""),
                Arguments.of("tag without a key", "rules:\n  idle-compute:\n    tags:\n      \"=data\": {minDays: 7}\n", 4, 7,
                        "rules.idle-compute.tags.=data",
                        "expected a tag written key=value with a key before the \"=\", e.g. team=data, found \"=data\""),
                Arguments.of("tag with spaces", "rules:\n  idle-compute:\n    tags:\n      team = data: {minDays: 7}\n", 4, 7,
                        "rules.idle-compute.tags.\"team = data\"", "tag \"team = data\" has spaces around its key or value,"
                                + " which would never match; write \"team=data\""),
                Arguments.of("tag threshold out of range", "rules:\n  idle-compute:\n    tags:\n      team=data:\n        minDays: 400\n",
                        5, 18, "rules.idle-compute.tags.team=data.minDays", daysRange + "\"400\""),
                Arguments.of("tags as text", "rules:\n  idle-compute:\n    tags: team=data\n", 3, 11, "rules.idle-compute.tags",
                        "expected a map of key=value tag to thresholds, e.g. {\"team=data\": {p95CpuPercent: 5}}, found \"team=data\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithPositionPathAndProblem(String name, String yaml, long line, int column, String path, String problem)
            throws IOException {
        assertRejected(write(yaml), ConfigTestRules.registry(), line, column, path, problem);
    }
}
