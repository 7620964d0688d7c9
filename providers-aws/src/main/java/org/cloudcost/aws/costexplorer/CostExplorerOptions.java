package org.cloudcost.aws.costexplorer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cloudcost.core.CloudcostException;

/**
 * What a Cost Explorer billing pull asks for besides the month.
 *
 * <pre>{@code
 * CostExplorerOptions o = CostExplorerOptions.defaults().withTagKey("env").withResourceLevel(true);
 * }</pre>
 *
 * @param tagKey a cost allocation tag key to split the cost by ({@code env}); empty for none.
 *        Cost Explorer groups by at most two keys, so with a tag the pull asks, account by
 *        account, for SERVICE × the tag (one more query per linked account)
 * @param resourceLevel also ask {@code GetCostAndUsageWithResources} for the days of the month
 *        within the last 14 days (an opt-in of the account's Cost Explorer settings)
 * @param resourceServices the services asked at resource level, one query each (the API needs a
 *        SERVICE filter)
 */
public record CostExplorerOptions(Optional<String> tagKey, boolean resourceLevel, List<String> resourceServices) {
    /**
     * The services asked at resource level by default: EC2 instances; EBS volumes, snapshots,
     * Elastic IPs and NAT gateways (all under {@code EC2 - Other}); RDS; S3.
     */
    public static final List<String> DEFAULT_RESOURCE_SERVICES = List.of("Amazon Elastic Compute Cloud - Compute",
            ServiceCategories.EC2_OTHER, "Amazon Relational Database Service", "Amazon Simple Storage Service");

    public CostExplorerOptions {
        Objects.requireNonNull(tagKey, "tagKey");
        resourceServices = List.copyOf(resourceServices);
        if (tagKey.isPresent() && resourceLevel) {
            throw new CloudcostException("Cost Explorer groups by at most two keys: ask for a tag split or for"
                    + " resource-level cost, not both in one pull");
        }
    }

    /** No tag split, no resource-level cost. */
    public static CostExplorerOptions defaults() {
        return new CostExplorerOptions(Optional.empty(), false, DEFAULT_RESOURCE_SERVICES);
    }

    /** These options with a tag split by {@code key}; {@code null} or blank for none. */
    public CostExplorerOptions withTagKey(String key) {
        return new CostExplorerOptions(key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip()),
                resourceLevel, resourceServices);
    }

    /** These options with resource-level cost asked for or not. */
    public CostExplorerOptions withResourceLevel(boolean on) {
        return new CostExplorerOptions(tagKey, on, resourceServices);
    }
}
