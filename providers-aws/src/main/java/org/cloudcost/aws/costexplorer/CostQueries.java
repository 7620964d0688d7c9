package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.aws.internal.AwsCalls;
import org.cloudcost.aws.internal.PageTokens;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DateInterval;
import software.amazon.awssdk.services.costexplorer.model.DimensionValues;
import software.amazon.awssdk.services.costexplorer.model.Expression;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageWithResourcesRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageWithResourcesResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinition;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * The Cost Explorer queries of a billing pull, each followed through every {@code NextPageToken}
 * page (this SDK version has no paginator for these operations) and turned into
 * {@link CostLine}s. Every call goes through {@link AwsCalls}.
 *
 * <pre>{@code
 * CostQueries q = new CostQueries(ce);
 * List<CostLine> lines = q.daily(start, end, null, CostQueries.SERVICE, CostQueries.LINKED_ACCOUNT);
 * }</pre>
 */
final class CostQueries {
    /** The cost asked for as BilledCost: what each line item costs before any commitment is spread. */
    static final String UNBLENDED = "UnblendedCost";
    /** The cost asked for as EffectiveCost: upfront and recurring commitment fees spread over the usage they cover. */
    static final String AMORTIZED = "AmortizedCost";
    static final List<String> METRICS = List.of(UNBLENDED, AMORTIZED);

    static final GroupDefinition SERVICE = dimension("SERVICE");
    static final GroupDefinition LINKED_ACCOUNT = dimension("LINKED_ACCOUNT");
    static final GroupDefinition RESOURCE_ID = dimension("RESOURCE_ID");
    /** The key Cost Explorer gives resource-level cost that belongs to no resource. */
    static final String NO_RESOURCE_ID = "NoResourceId";

    private final CostExplorerClient ce;
    private int calls;

    CostQueries(CostExplorerClient ce) {
        this.ce = Objects.requireNonNull(ce, "ce");
    }

    /** Calls made so far, pages included. */
    int calls() {
        return calls;
    }

    static GroupDefinition tag(String key) {
        return GroupDefinition.builder().type(GroupDefinitionType.TAG).key(key).build();
    }

    /** {@code DIMENSION = value}. */
    static Expression equal(String dimension, String value) {
        return Expression.builder().dimensions(DimensionValues.builder().key(dimension).values(value).build()).build();
    }

    /**
     * {@code GetCostAndUsage}, DAILY, {@link #METRICS}, grouped by {@code groupBy} (at most two), for
     * {@code [start, end)}.
     *
     * @param filter null for the whole account, or a filter (one linked account)
     * @param account the account of every line when {@code groupBy} has no LINKED_ACCOUNT, else null
     */
    List<CostLine> daily(LocalDate start, LocalDate end, Expression filter, String account, GroupDefinition... groupBy) {
        GetCostAndUsageRequest.Builder request = GetCostAndUsageRequest.builder().timePeriod(interval(start, end))
                .granularity(Granularity.DAILY).metrics(METRICS).groupBy(groupBy).filter(filter);
        List<CostLine> lines = new ArrayList<>();
        PageTokens tokens = new PageTokens("ce:GetCostAndUsage");
        String token = null;
        do {
            GetCostAndUsageRequest r = request.nextPageToken(token).build();
            GetCostAndUsageResponse page = AwsCalls.call("ce:GetCostAndUsage", () -> ce.getCostAndUsage(r));
            calls++;
            for (ResultByTime result : page.resultsByTime()) {
                lines.addAll(lines(result, List.of(groupBy), account));
            }
            token = tokens.next(page.nextPageToken());
        } while (token != null);
        return lines;
    }

    /**
     * The ungrouped totals of {@code [start, end)} by one MONTHLY {@code GetCostAndUsage} of
     * {@link #METRICS}: what the daily lines must add up to, metric by metric. A metric the answer
     * leaves out is absent from the map (never taken as zero).
     */
    Map<String, BigDecimal> totals(LocalDate start, LocalDate end) {
        GetCostAndUsageRequest.Builder request = GetCostAndUsageRequest.builder().timePeriod(interval(start, end))
                .granularity(Granularity.MONTHLY).metrics(METRICS);
        Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
        PageTokens tokens = new PageTokens("ce:GetCostAndUsage");
        String token = null;
        do {
            GetCostAndUsageRequest r = request.nextPageToken(token).build();
            GetCostAndUsageResponse page = AwsCalls.call("ce:GetCostAndUsage", () -> ce.getCostAndUsage(r));
            calls++;
            for (ResultByTime result : page.resultsByTime()) {
                for (String metric : METRICS) {
                    if (CostAmounts.has(result.total(), metric)) {
                        totals.merge(metric, CostAmounts.amount(result.total(), metric, "the total of "
                                + result.timePeriod().start()), BigDecimal::add);
                    }
                }
            }
            token = tokens.next(page.nextPageToken());
        } while (token != null);
        return totals;
    }

    /**
     * {@code GetCostAndUsageWithResources}, DAILY, {@link #METRICS}, for one service, grouped by
     * linked account and resource id. Throws what the SDK throws for a disabled feature
     * ({@code DataUnavailableException}) through {@link AwsCalls}, as a {@link CloudcostException}
     * with the exception as its cause.
     */
    List<CostLine> dailyByResource(LocalDate start, LocalDate end, String service) {
        GetCostAndUsageWithResourcesRequest.Builder request = GetCostAndUsageWithResourcesRequest.builder()
                .timePeriod(interval(start, end)).granularity(Granularity.DAILY).metrics(METRICS)
                .filter(equal("SERVICE", service)).groupBy(LINKED_ACCOUNT, RESOURCE_ID);
        List<CostLine> lines = new ArrayList<>();
        PageTokens tokens = new PageTokens("ce:GetCostAndUsageWithResources");
        String token = null;
        do {
            GetCostAndUsageWithResourcesRequest r = request.nextPageToken(token).build();
            GetCostAndUsageWithResourcesResponse page = AwsCalls.call("ce:GetCostAndUsageWithResources",
                    () -> ce.getCostAndUsageWithResources(r));
            calls++;
            for (ResultByTime result : page.resultsByTime()) {
                for (CostLine l : lines(result, List.of(LINKED_ACCOUNT, RESOURCE_ID), null)) {
                    lines.add(new CostLine(l.day(), l.account(), service, Map.of(),
                            NO_RESOURCE_ID.equals(l.resourceId()) ? "" : l.resourceId(), l.unblended(), l.amortized(),
                            l.currency(), l.estimated()));
                }
            }
            token = tokens.next(page.nextPageToken());
        } while (token != null);
        return lines;
    }

    private static List<CostLine> lines(ResultByTime result, List<GroupDefinition> groupBy, String account) {
        LocalDate day = day(result);
        boolean estimated = Boolean.TRUE.equals(result.estimated());
        List<CostLine> lines = new ArrayList<>();
        for (Group g : result.groups()) {
            List<String> keys = g.keys();
            if (keys.size() != groupBy.size()) {
                throw new CloudcostException("Cost Explorer returned a group of " + keys.size() + " keys " + keys + " on "
                        + day + " for " + groupBy.size() + " group-by dimensions");
            }
            String service = "";
            String acct = account;
            String resource = "";
            Map<String, String> tags = Map.of();
            for (int i = 0; i < keys.size(); i++) {
                GroupDefinition d = groupBy.get(i);
                String key = keys.get(i) == null ? "" : keys.get(i);
                if (d.type() == GroupDefinitionType.TAG) {
                    tags = tagOf(d.key(), key);
                } else if (d.key().equals("SERVICE")) {
                    service = key;
                } else if (d.key().equals("LINKED_ACCOUNT")) {
                    acct = key;
                } else if (d.key().equals("RESOURCE_ID")) {
                    resource = key;
                }
            }
            String where = String.join(" / ", keys) + " on " + day;
            lines.add(new CostLine(day, acct, service, tags, resource,
                    CostAmounts.amount(g.metrics(), UNBLENDED, where), CostAmounts.amount(g.metrics(), AMORTIZED, where),
                    CostAmounts.unit(g.metrics(), UNBLENDED), estimated));
        }
        return lines;
    }

    /**
     * A TAG group key is {@code key$value}; {@code key$} (or a bare {@code key}) is the cost
     * without that tag: no tag.
     */
    static Map<String, String> tagOf(String tagKey, String groupKey) {
        int dollar = groupKey.indexOf('$');
        String value = dollar < 0 ? "" : groupKey.substring(dollar + 1);
        return value.isEmpty() ? Map.of() : Map.of(tagKey, value);
    }

    private static LocalDate day(ResultByTime result) {
        String start = result.timePeriod() == null ? null : result.timePeriod().start();
        try {
            return LocalDate.parse(Objects.requireNonNull(start, "no TimePeriod.Start"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new CloudcostException("Cost Explorer returned a result whose TimePeriod.Start is \"" + start
                    + "\", expected YYYY-MM-DD", e);
        }
    }

    private static DateInterval interval(LocalDate start, LocalDate end) {
        return DateInterval.builder().start(start.toString()).end(end.toString()).build();
    }

    private static GroupDefinition dimension(String key) {
        return GroupDefinition.builder().type(GroupDefinitionType.DIMENSION).key(key).build();
    }
}
