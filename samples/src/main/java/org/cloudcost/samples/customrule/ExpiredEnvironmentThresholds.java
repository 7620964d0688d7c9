package org.cloudcost.samples.customrule;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link ExpiredEnvironmentRule}, read once per resource from the values in
 * force (defaults, then {@code cloudcost.yaml}'s global, environment and tag overrides).
 *
 * @param graceDays days past its {@code expires} date a resource may live before it is flagged
 */
record ExpiredEnvironmentThresholds(int graceDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("graceDays", "a resource is flagged when the last day of data is more than this many days past "
                    + "the date of its expires tag", "days", 7, 0, 365,
                    "a week lets the owner finish the tear-down or move the date before the report names the resource",
                    "company policy (an example: a temporary environment is torn down within a week of its expiry; "
                            + "set yours in cloudcost.yaml: rules: expired-environment: thresholds: graceDays)"));

    static ExpiredEnvironmentThresholds of(Thresholds t) {
        return new ExpiredEnvironmentThresholds(t.intValue("graceDays"));
    }
}
