package org.cloudcost.core.rules.cleanup;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link UnusedIpRule}.
 *
 * @param minAgeDays an unassociated address allocated fewer days than this before the analysis date is left alone
 */
record UnusedIpThresholds(int minAgeDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("minAgeDays", "an unassociated address allocated fewer days than this before the analysis date "
                    + "is not flagged (an address of unknown age always is)", "days", 0, 0, 3650,
                    "an unassociated address is billed from its first hour, so by default every one counts; raise it "
                            + "to spare addresses reserved ahead of a deployment",
                    "AWS Trusted Advisor unassociated Elastic IP addresses (no age limit); Steampipe thrifty "
                            + "vpc_eip_unattached; Cloud Custodian network-addr unattached"));

    static UnusedIpThresholds of(Thresholds t) {
        return new UnusedIpThresholds(t.intValue("minAgeDays"));
    }
}
