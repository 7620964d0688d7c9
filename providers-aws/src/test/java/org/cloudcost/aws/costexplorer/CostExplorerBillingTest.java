package org.cloudcost.aws.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudcost.aws.costexplorer.FakeCostExplorer.day;
import static org.cloudcost.aws.costexplorer.FakeCostExplorer.group;
import static org.cloudcost.aws.costexplorer.FakeCostExplorer.page;
import static org.cloudcost.aws.costexplorer.FakeCostExplorer.total;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;

/** {@link CostExplorerBilling} against a fake client: tag split, totals, categories, bad answers. */
class CostExplorerBillingTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate OCT_1 = OCTOBER.atDay(1);
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);
    private static final String A = "011122223333";
    private static final String B = "444455556666";

    @TempDir
    Path dir;

    @Test
    void writesAFocusFileTheCoreReadsWithCategoriesFromServiceAndSign() throws IOException {
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? page(null, day(OCT_1,
                group("Amazon Relational Database Service", A, "30.00"),
                group("AWS Lambda", A, "-1.50"),                               // credits beyond the day's usage
                group("Savings Plans for AWS Compute usage", A, "10.00"),
                group("Tax", A, "3.85"),
                group("Some New Service", A, "0.0000001")))
                : page(null, total(OCT_1, "42.3500001")));
        Path file = dir.resolve("billing.csv");

        CostExplorerReport report = new CostExplorerBilling(ce, CostExplorerOptions.defaults(), NOVEMBER).pull(OCTOBER, file);

        assertThat(report.lines()).isEqualTo(5);
        List<String> rows = Files.readAllLines(file);
        assertThat(rows.get(1)).contains(",Usage,Databases,Amazon Relational Database Service,AWS,");
        assertThat(rows.get(2)).startsWith("-1.50,-1.50,").contains(",Credit,Compute,AWS Lambda,");
        assertThat(rows.get(3)).contains(",Purchase,Other,Savings Plans for AWS Compute usage,");   // as the CUR files ComputeSavingsPlans
        assertThat(rows.get(4)).contains(",Tax,Other,Tax,");
        assertThat(rows.get(5)).startsWith("0.0000001,0.0000001,").contains(",Usage,Other,Some New Service,");
        // the core's FOCUS reader takes the file as it is, to the cent
        CostDataset ds = CostDataset.read().billing(file).load();
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
        assertThat(ds.billing().table().rowCount()).isEqualTo(5);
        // the whole closed month, both costs, by service and linked account; then the total
        GetCostAndUsageRequest first = ce.requests.get(0);
        assertThat(first.timePeriod().start()).isEqualTo("2026-10-01");
        assertThat(first.timePeriod().end()).isEqualTo("2026-11-01");
        assertThat(first.metrics()).containsExactly("UnblendedCost", "AmortizedCost");
        assertThat(first.groupBy()).extracting(g -> g.key()).containsExactly("SERVICE", "LINKED_ACCOUNT");
        assertThat(ce.requests.get(1).granularity()).isEqualTo(Granularity.MONTHLY);
        assertThat(ce.requests.get(1).hasGroupBy()).isFalse();
    }

    @Test
    void aTagKeySplitsEachAccountByServiceAndTagKeepingItsTotal() throws IOException {
        FakeCostExplorer ce = new FakeCostExplorer(r -> {
            if (!daily(r)) {
                return page(null, total(OCT_1, "30"));
            }
            if (r.filter() == null) {
                return page(null, day(OCT_1, group("AWS Lambda", A, "10"), group("Amazon Elastic Compute Cloud - Compute", B, "20")));
            }
            String account = r.filter().dimensions().values().get(0);
            return account.equals(A) ? page(null, day(OCT_1, group("AWS Lambda", "env$prod", "6"), group("AWS Lambda", "env$", "4")))
                    : page(null, day(OCT_1, group("Amazon Elastic Compute Cloud - Compute", "env$dev", "20")));
        });
        Path file = dir.resolve("billing.csv");

        CostExplorerReport report = new CostExplorerBilling(ce, CostExplorerOptions.defaults().withTagKey("env"), NOVEMBER)
                .pull(OCTOBER, file);

        assertThat(report.lines()).isEqualTo(3);
        assertThat(Files.readAllLines(file)).satisfies(rows -> {
            assertThat(rows.get(1)).startsWith("6,6,,USD,," + A + ",").endsWith(",\"{\"\"env\"\":\"\"prod\"\"}\"");
            assertThat(rows.get(2)).startsWith("4,4,,USD,," + A + ",").endsWith(",");
            assertThat(rows.get(3)).startsWith("20,20,,USD,," + B + ",").endsWith(",\"{\"\"env\"\":\"\"dev\"\"}\"");
        });
        List<GetCostAndUsageRequest> byTag = ce.requests.stream().filter(r -> r.filter() != null).toList();
        assertThat(byTag).extracting(r -> r.filter().dimensions().keyAsString(), r -> r.filter().dimensions().values())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LINKED_ACCOUNT", List.of(A)),
                        org.assertj.core.groups.Tuple.tuple("LINKED_ACCOUNT", List.of(B)));
        assertThat(byTag.get(0).groupBy()).extracting(g -> g.type(), g -> g.key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GroupDefinitionType.DIMENSION, "SERVICE"),
                org.assertj.core.groups.Tuple.tuple(GroupDefinitionType.TAG, "env"));
    }

    @Test
    void aTagSplitThatLosesCostFailsAndWritesNothing() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> !daily(r) ? page(null, total(OCT_1, "10"))
                : r.filter() == null ? page(null, day(OCT_1, group("AWS Lambda", A, "10")))
                : page(null, day(OCT_1, group("AWS Lambda", "env$prod", "6"))));
        Path file = dir.resolve("billing.csv");

        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults().withTagKey("env"), NOVEMBER)
                .pull(OCTOBER, file))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Cost Explorer's lines by the tag env for the account " + A + " add up to 6 but by service to 10:"
                        + " no billing file written");
        assertThat(file).doesNotExist();
    }

    @Test
    void linesThatDoNotAddUpToTheTotalFailAndWriteNothing() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? page(null, day(OCT_1, group("AWS Lambda", A, "10.00")))
                : page(null, total(OCT_1, "10.02")));
        Path file = dir.resolve("billing.csv");

        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults(), NOVEMBER).pull(OCTOBER, file))
                .hasMessage("Cost Explorer's daily lines for 2026-10 add up to 10.00 UnblendedCost but its total is 10.02: no"
                        + " billing file written");
        assertThat(file).doesNotExist();
    }

    @Test
    void amortizedLinesThatDoNotAddUpToTheAmortizedTotalFailToo() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? page(null, day(OCT_1, group("AWS Lambda", A, "10.00")))
                : page(null, total(OCT_1, "10.00", "12.50")));
        Path file = dir.resolve("billing.csv");

        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults(), NOVEMBER).pull(OCTOBER, file))
                .hasMessage("Cost Explorer's daily lines for 2026-10 add up to 10.00 AmortizedCost but its total is 12.50: no"
                        + " billing file written");
        assertThat(file).doesNotExist();
        assertThat(ce.requests).filteredOn(r -> r.granularity() == software.amazon.awssdk.services.costexplorer.model
                .Granularity.MONTHLY).singleElement().satisfies(r -> assertThat(r.metrics())
                .containsExactly("UnblendedCost", "AmortizedCost"));
    }

    @Test
    void pagesAreFollowedAndARepeatedTokenStops() {
        FakeCostExplorer twoPages = new FakeCostExplorer(r -> !daily(r) ? page(null, total(OCT_1, "3"))
                : r.nextPageToken() == null ? page("t1", day(OCT_1, group("AWS Lambda", A, "1")))
                : page(null, day(OCT_1.plusDays(1), group("AWS Lambda", A, "2"))));
        assertThat(new CostExplorerBilling(twoPages, CostExplorerOptions.defaults(), NOVEMBER)
                .pull(OCTOBER, dir.resolve("a.csv")).lines()).isEqualTo(2);
        assertThat(twoPages.requests).extracting(GetCostAndUsageRequest::nextPageToken).containsExactly(null, "t1", null);

        FakeCostExplorer looping = new FakeCostExplorer(r -> page("same", day(OCT_1, group("AWS Lambda", A, "1"))));
        assertThatThrownBy(() -> new CostExplorerBilling(looping, CostExplorerOptions.defaults(), NOVEMBER)
                .pull(OCTOBER, dir.resolve("b.csv")))
                .hasMessage("ce:GetCostAndUsage returned the page token \"same\" twice: stopping rather than reading the same pages for ever");
    }

    @Test
    void anAmountThatIsNoNumberIsOneLine() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> page(null, day(OCT_1, group("AWS Lambda", A, "12,50"))));

        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults(), NOVEMBER)
                .pull(OCTOBER, dir.resolve("b.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Cost Explorer returned the UnblendedCost amount \"12,50\" for AWS Lambda / " + A
                        + " on 2026-10-01: expected a decimal number");
    }

    @Test
    void theCurrentMonthStopsAtTodayAndAFutureMonthIsRefused() {
        Clock tenth = Clock.fixed(Instant.parse("2026-10-10T15:00:00Z"), ZoneOffset.UTC);
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? page(null) : page(null, total(OCT_1, "0")));

        CostExplorerReport r = new CostExplorerBilling(ce, CostExplorerOptions.defaults(), tenth).pull(OCTOBER, dir.resolve("b.csv"));

        assertThat(r.days()).isEqualTo(10);
        assertThat(ce.requests).allSatisfy(q -> assertThat(q.timePeriod().end()).isEqualTo("2026-10-11"));
        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults(), tenth)
                .pull(YearMonth.of(2026, 11), dir.resolve("c.csv")))
                .hasMessage("the month 2026-11 has not begun (today is 2026-10-10, UTC)");
    }

    @Test
    void resourceLevelOutsideTheLast14DaysIsANote() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? page(null, day(OCT_1, group("AWS Lambda", A, "1")))
                : page(null, total(OCT_1, "1")));

        CostExplorerReport r = new CostExplorerBilling(ce, CostExplorerOptions.defaults().withResourceLevel(true), NOVEMBER)
                .pull(OCTOBER, dir.resolve("b.csv"));

        assertThat(ce.resourceRequests).isEmpty();
        assertThat(r.notes()).containsExactly("resource-level cost: none of the month is within the last 14 days Cost"
                + " Explorer keeps it for; lines stay by service");
    }

    @Test
    void aTagSplitAndResourceLevelTogetherAreRefused() {
        assertThatThrownBy(() -> CostExplorerOptions.defaults().withTagKey("env").withResourceLevel(true))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("not both");
    }

    @Test
    void mixedCurrenciesAreRefused() {
        FakeCostExplorer ce = new FakeCostExplorer(r -> daily(r) ? GetCostAndUsageResponse.builder().resultsByTime(day(OCT_1,
                group("AWS Lambda", A, "1"), software.amazon.awssdk.services.costexplorer.model.Group.builder()
                        .keys("Amazon Simple Storage Service", A).metrics(Map.of("UnblendedCost",
                                software.amazon.awssdk.services.costexplorer.model.MetricValue.builder().amount("1").unit("CNY")
                                        .build())).build())).build()
                : page(null, total(OCT_1, "2")));

        assertThatThrownBy(() -> new CostExplorerBilling(ce, CostExplorerOptions.defaults(), NOVEMBER)
                .pull(OCTOBER, dir.resolve("b.csv")))
                .hasMessage("Cost Explorer's lines for 2026-10 mix the currencies [CNY, USD]");
    }

    private static boolean daily(GetCostAndUsageRequest r) {
        return r.granularity() == Granularity.DAILY;
    }
}
