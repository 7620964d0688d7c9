package org.cloudcost.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cloudcost.aliyun.oss.SdkOssApi;
import org.cloudcost.core.testing.JavaSource;
import org.cloudcost.core.testing.PolicyDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/aliyun-ram-policy.json} grants exactly what the code calls: every API action the
 * module's main sources call through {@code calls.call(…)} (or {@code calls.get}) with a string
 * literal or a {@code String} constant of the same file, plus the OSS adapter's
 * {@link SdkOssApi#API_ACTIONS}, mapped to RAM actions by {@link #RAM_ACTIONS}. The test fails
 * when an action is called but not granted (the pull would hit Forbidden), when one is granted
 * but never called (the policy is broader than needed), when a call has no entry in the table
 * (add it, after checking the product's "RAM authorization" page) and when a call's action cannot
 * be read from the source.
 */
class RamPolicyTest {
    /**
     * API action → RAM action, from each product's RAM authorization documentation: BSS OpenAPI
     * actions are {@code bssapi:<API>}; ListObjectsV2 (GetBucketV2) is authorized by
     * {@code oss:ListObjects}; the others are {@code <product>:<API>}.
     */
    static final Map<String, String> RAM_ACTIONS = Map.ofEntries(
            Map.entry("DescribeInstanceBill", "bssapi:DescribeInstanceBill"),
            Map.entry("QueryBillOverview", "bssapi:QueryBillOverview"),
            Map.entry("QueryInstanceBill", "bssapi:QueryInstanceBill"),
            Map.entry("DescribeMetricList", "cms:DescribeMetricList"),
            Map.entry("DescribeMetricLast", "cms:DescribeMetricLast"),
            Map.entry("DescribeInstances", "ecs:DescribeInstances"),
            Map.entry("DescribeDisks", "ecs:DescribeDisks"),
            Map.entry("DescribeSnapshots", "ecs:DescribeSnapshots"),
            Map.entry("DescribeEipAddresses", "vpc:DescribeEipAddresses"),
            Map.entry("DescribeNatGateways", "vpc:DescribeNatGateways"),
            Map.entry("DescribeDBInstances", "rds:DescribeDBInstances"),
            Map.entry("DescribeDBInstanceAttribute", "rds:DescribeDBInstanceAttribute"),
            Map.entry("ListBuckets", "oss:ListBuckets"),
            Map.entry("GetBucketStat", "oss:GetBucketStat"),
            Map.entry("GetBucketLifecycle", "oss:GetBucketLifecycle"),
            Map.entry("ListObjectsV2", "oss:ListObjects"));

    /**
     * Actions several products share: their RAM action takes the product from the calling
     * file's name ({@code TeaRdsApi.java} → {@code rds:ListTagResources}).
     */
    static final Set<String> SHARED_ACTIONS = Set.of("ListTagResources", "TagResources", "DescribeRegions", "DescribeTags");

    private static final List<String> PRODUCTS = List.of("bss", "cms", "ecs", "vpc", "rds", "oss");

    /** Files whose AliyunCalls action is a variable, and where their actions are declared instead. */
    private static final Map<String, List<String>> DECLARED_ELSEWHERE = Map.of("SdkOssApi.java", SdkOssApi.API_ACTIONS);

    /** {@code calls.call(} or {@code calls.get(} on any receiver ending in {@code calls}, then a literal or a name. */
    private static final Pattern CALL = Pattern.compile(
            "\\bcalls\\s*\\.\\s*(?:call|get)\\s*\\(\\s*(?:\"([A-Za-z0-9]+)\"|([A-Za-z_][A-Za-z0-9_]*)\\s*,)");

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void thePolicyGrantsExactlyTheActionsTheCodeCalls() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> needed = neededRamActions(problems);
        Set<String> granted = new TreeSet<>(policyActions());

        assertThat(problems).as("calls the test cannot map to a RAM action").isEmpty();
        assertThat(difference(needed.keySet(), granted).stream().map(a -> a + " (called in " + needed.get(a) + ")"))
                .as("called but not in docs/aliyun-ram-policy.json").isEmpty();
        assertThat(difference(granted, needed.keySet())).as("in docs/aliyun-ram-policy.json but never called").isEmpty();
    }
    @Test
    void thePolicyIsOneReadOnlyAllowStatementWithoutWildcards() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(policyFile().toFile());
        assertThat(policy.path("Version").asText()).isEqualTo("1");
        assertThat(policy.path("Statement")).hasSize(1);
        JsonNode statement = policy.path("Statement").get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Resource").asText()).isEqualTo("*");
        assertThat(policyActions()).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("[a-z]+:(Describe|Query|List|Get)[A-Za-z]+"), "a read action without wildcard");
    }

    @Test
    void theScannerSeesLiteralsAndConstantsAndIgnoresComments() {
        String source = """
                /** calls.call("InComment", () -> x) */
                // calls.call("InLineComment", () -> x)
                static final String ACTION = "DescribeMetricList";
                Object r = calls.call("DescribeDisks", () -> ecs.describeDisks(request));
                Object s = this.calls.get( "DescribeInstances", () -> y); String url = "http://x"; calls.call(ACTION, z);
                Object t = calls.call(action, () -> w);
                """;
        List<String> unresolved = new ArrayList<>();
        assertThat(actionsIn(source, unresolved)).containsExactly("DescribeDisks", "DescribeInstances", "DescribeMetricList");
        assertThat(unresolved).containsExactly("action");
        assertThat(ramAction("ListTagResources", "TeaRdsApi.java")).isEqualTo("rds:ListTagResources");
        assertThat(ramAction("ListObjectsV2", "SdkOssApi.java")).isEqualTo("oss:ListObjects");
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static Path policyFile() {
        return MODULE.resolve("../docs/aliyun-ram-policy.json").normalize();
    }

    private static List<String> policyActions() throws IOException {
        return PolicyDocument.actions(policyFile());
    }

    /** RAM action → the files needing it; what cannot be mapped goes to {@code problems}. */
    private static Map<String, Set<String>> neededRamActions(List<String> problems) throws IOException {
        Map<String, Set<String>> needed = new TreeMap<>();
        Path main = MODULE.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = f.getFileName().toString();
                List<String> unresolved = new ArrayList<>();
                List<String> actions = new ArrayList<>(actionsIn(Files.readString(f, StandardCharsets.UTF_8), unresolved));
                if (DECLARED_ELSEWHERE.containsKey(name)) {
                    actions.addAll(DECLARED_ELSEWHERE.get(name));
                } else {
                    unresolved.forEach(v -> problems.add(main.relativize(f) + ": calls.call(" + v + ", …) names its"
                            + " action by a variable; use a string literal or a String constant of the file"));
                }
                for (String action : actions) {
                    String ram = ramAction(action, name);
                    if (ram == null) {
                        problems.add(main.relativize(f) + ": " + action + " has no entry in RamPolicyTest.RAM_ACTIONS");
                    } else {
                        needed.computeIfAbsent(ram, k -> new TreeSet<>()).add(name);
                    }
                }
            }
        }
        assertThat(needed).as("no API call found: is the scanner looking at " + main + "?").isNotEmpty();
        return needed;
    }

    /** The RAM action of {@code action} called from the file {@code fileName}; {@code null} when unknown. */
    static String ramAction(String action, String fileName) {
        if (SHARED_ACTIONS.contains(action)) {
            String lower = fileName.toLowerCase(java.util.Locale.ROOT);
            return PRODUCTS.stream().filter(lower::contains).findFirst().map(p -> p + ":" + action).orElse(null);
        }
        return RAM_ACTIONS.get(action);
    }

    /** The actions of the AliyunCalls calls in {@code source}; names that are not String constants of it go to {@code unresolved}. */
    static List<String> actionsIn(String source, List<String> unresolved) {
        String code = JavaSource.withoutComments(source);
        Matcher m = CALL.matcher(code);
        List<String> actions = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null) {
                actions.add(m.group(1));
                continue;
            }
            Matcher constant = Pattern.compile("\\bString\\s+" + Pattern.quote(m.group(2))
                    + "\\s*=\\s*\"([A-Za-z0-9]+)\"").matcher(code);
            if (constant.find()) {
                actions.add(constant.group(1));
            } else {
                unresolved.add(m.group(2));
            }
        }
        return actions;
    }
}
