package org.cloudcost.aws;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cloudcost.aws.costexplorer.CostExplorerOptions;
import org.cloudcost.core.CloudcostException;

/**
 * What an {@link AwsPull} fetches: a month, the regions, and how to get the bill.
 *
 * <pre>{@code
 * AwsPullRequest r = AwsPullRequest.of(YearMonth.of(2026, 10), List.of("us-east-1", "eu-west-1"))
 *         .withCostExplorer(CostExplorerOptions.defaults().withTagKey("env"));
 * }</pre>
 *
 * @param regions region ids, each once, in the order given; inventory, usage and storage are pulled per region
 * @param billing ask Cost Explorer for the bill ({@code billing.csv}); false for accounts whose CUR
 *        files {@code cloudcost analyze --billing} reads directly
 * @param costExplorer the tag split and resource-level choices
 * @param accountId the account id of the credentials, when known (else read from EC2)
 */
public record AwsPullRequest(YearMonth month, List<String> regions, boolean billing, CostExplorerOptions costExplorer,
                             Optional<String> accountId) {
    public AwsPullRequest {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(costExplorer, "costExplorer");
        Objects.requireNonNull(accountId, "accountId");
        if (regions == null || regions.isEmpty()) {
            throw new CloudcostException("no region to pull: give at least one region id, e.g. --regions us-east-1");
        }
        LinkedHashSet<String> checked = new LinkedHashSet<>();
        regions.forEach(r -> checked.add(AwsClients.checkRegion(r)));
        regions = List.copyOf(checked);
        accountId.ifPresent(a -> {
            if (!a.matches("\\d{12}")) {
                throw new CloudcostException("an AWS account id is 12 digits, found \"" + a + "\"");
            }
        });
    }

    /** The month in {@code regions}, billing from Cost Explorer by service and account, account id looked up. */
    public static AwsPullRequest of(YearMonth month, List<String> regions) {
        return new AwsPullRequest(month, regions, true, CostExplorerOptions.defaults(), Optional.empty());
    }

    /** This request with Cost Explorer asked ({@code true}) or not. */
    public AwsPullRequest withBilling(boolean askCostExplorer) {
        return new AwsPullRequest(month, regions, askCostExplorer, costExplorer, accountId);
    }

    public AwsPullRequest withCostExplorer(CostExplorerOptions options) {
        return new AwsPullRequest(month, regions, billing, options, accountId);
    }

    /** This request with the account id given ({@code null} or blank: look it up). */
    public AwsPullRequest withAccountId(String id) {
        return new AwsPullRequest(month, regions, billing, costExplorer,
                id == null || id.isBlank() ? Optional.empty() : Optional.of(id.strip()));
    }
}
