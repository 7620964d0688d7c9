package org.cloudcost.aws;

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
import org.cloudcost.core.testing.JavaSource;
import org.cloudcost.core.testing.PolicyDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/aws-iam-policy.json} grants exactly what the code calls: every IAM action the
 * module's main sources pass to {@code AwsCalls.call(…)}, as a string literal or a {@code String}
 * constant of the same file. The test fails when an action is called but not granted (the pull
 * would be denied), when one is granted but never called (the policy is broader than needed), and
 * when a call's action cannot be read from the source.
 */
class IamPolicyTest {
    /** {@code AwsCalls.call(} then a literal or a name followed by a comma, across line breaks. */
    private static final Pattern CALL = Pattern.compile(
            "\\bAwsCalls\\s*\\.\\s*call\\s*\\(\\s*(?:\"([^\"]*)\"|([A-Za-z_][A-Za-z0-9_]*)\\s*,)");
    /** An IAM action as policies name it: {@code service:Action}. */
    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Z][A-Za-z0-9]+");

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void thePolicyGrantsExactlyTheActionsTheCodeCalls() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> called = calledActions(problems);
        Set<String> granted = new TreeSet<>(policyActions());

        assertThat(problems).as("calls whose IAM action the test cannot read").isEmpty();
        assertThat(called.keySet().stream().filter(a -> !granted.contains(a)).map(a -> a + " (called in " + called.get(a) + ")"))
                .as("called but not in docs/aws-iam-policy.json").isEmpty();
        assertThat(granted.stream().filter(a -> !called.containsKey(a)))
                .as("in docs/aws-iam-policy.json but never called").isEmpty();
    }

    @Test
    void thePolicyIsOneReadOnlyAllowStatementWithoutWildcards() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(policyFile().toFile());
        assertThat(policy.path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.path("Statement")).hasSize(1);
        JsonNode statement = policy.path("Statement").get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Resource").asText()).isEqualTo("*");
        assertThat(policyActions()).doesNotHaveDuplicates().isSorted()
                .allMatch(a -> a.matches("[a-z0-9]+:(Describe|Get|List)[A-Za-z]+"), "a read action without wildcard");
    }

    @Test
    void theScannerSeesLiteralsConstantsAndLineBreaksAndIgnoresComments() {
        String source = """
                /** AwsCalls.call("ec2:InComment", () -> x) */
                // AwsCalls.call("ec2:InLineComment", () -> x)
                static final String ACTION = "rds:DescribeDBInstances";
                Object r = AwsCalls.call("ec2:DescribeVolumes", () -> ec2.describeVolumes(request));
                Object s = AwsCalls.call(
                        "s3:ListBucket", () -> y); Object t = AwsCalls.call(ACTION, z);
                Object u = AwsCalls.call(action, () -> w);
                Object v = AwsCalls.call("DescribeInstances", () -> w);
                """;
        List<String> problems = new ArrayList<>();
        assertThat(actionsIn(source, "X.java", problems))
                .containsExactly("ec2:DescribeVolumes", "s3:ListBucket", "rds:DescribeDBInstances");
        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("action"))
                .anySatisfy(p -> assertThat(p).contains("\"DescribeInstances\""));
    }

    private static Path policyFile() {
        return MODULE.resolve("../docs/aws-iam-policy.json").normalize();
    }

    private static List<String> policyActions() throws IOException {
        return PolicyDocument.actions(policyFile());
    }

    /** IAM action → the files calling it. */
    private static Map<String, Set<String>> calledActions(List<String> problems) throws IOException {
        Map<String, Set<String>> called = new TreeMap<>();
        Path main = MODULE.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = main.relativize(f).toString();
                for (String action : actionsIn(Files.readString(f, StandardCharsets.UTF_8), name, problems)) {
                    called.computeIfAbsent(action, k -> new TreeSet<>()).add(f.getFileName().toString());
                }
            }
        }
        assertThat(called).as("no AwsCalls.call found: is the scanner looking at " + main + "?").isNotEmpty();
        return called;
    }

    /** The IAM actions of the AwsCalls calls in {@code source}; what cannot be read goes to {@code problems}. */
    static List<String> actionsIn(String source, String file, List<String> problems) {
        String code = JavaSource.withoutComments(source);
        Matcher m = CALL.matcher(code);
        List<String> actions = new ArrayList<>();
        while (m.find()) {
            String action = m.group(1);
            if (action == null) {
                Matcher constant = Pattern.compile("\\bString\\s+" + Pattern.quote(m.group(2)) + "\\s*=\\s*\"([^\"]*)\"")
                        .matcher(code);
                if (!constant.find()) {
                    problems.add(file + ": AwsCalls.call(" + m.group(2) + ", …) names its IAM action by a variable;"
                            + " use a string literal or a String constant of the file");
                    continue;
                }
                action = constant.group(1);
            }
            if (!ACTION.matcher(action).matches()) {
                problems.add(file + ": AwsCalls.call(\"" + action + "\", …) is not an IAM action (service:Action)");
                continue;
            }
            actions.add(action);
        }
        return actions;
    }
}
