package org.cloudcost.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions an AWS IAM or Alibaba Cloud RAM policy document grants, for the tests that hold a
 * provider's read-only policy to the calls its code makes.
 *
 * <pre>{@code
 * List<String> granted = PolicyDocument.actions(Path.of("docs/aws-iam-policy.json"));   // ["ec2:DescribeInstances", …]
 * }</pre>
 */
public final class PolicyDocument {
    private PolicyDocument() {
    }

    /** Every {@code Action} of every {@code Statement}, a single string or a list, in order. */
    public static List<String> actions(Path policyJson) throws IOException {
        JsonNode policy = new ObjectMapper().readTree(policyJson.toFile());
        List<String> actions = new ArrayList<>();
        for (JsonNode statement : policy.path("Statement")) {
            JsonNode a = statement.path("Action");
            if (a.isArray()) {
                a.forEach(x -> actions.add(x.asText()));
            } else if (!a.isMissingNode()) {
                actions.add(a.asText());
            }
        }
        return actions;
    }
}
