package org.cloudcost.core.rules;

import java.util.Objects;

/**
 * A resource a rule could not judge, and why ("no cpu_percent rows", "9 days of data, needs
 * 14"). Listed in the summary as not evaluated; never a finding. A rule that cannot run at all
 * (no usage frame) reports one skip with {@link #ALL} as the resource.
 *
 * @param ruleId the rule
 * @param resourceId the resource, or {@link #ALL}
 * @param reason one sentence
 */
public record Skip(String ruleId, String resourceId, String reason) {
    /** The resource id of a skip that concerns the whole rule. */
    public static final String ALL = "*";

    public Skip {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return ruleId + " skipped " + resourceId + ": " + reason;
    }
}
