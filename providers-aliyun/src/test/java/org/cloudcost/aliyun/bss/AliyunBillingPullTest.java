package org.cloudcost.aliyun.bss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.tea.TeaException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliyunBillingPullTest {
    /** Early November: October and September are closed months. */
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-05T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeBssApi api = new FakeBssApi();
    private final List<Long> waits = new ArrayList<>();
    private final AliyunCalls calls = new AliyunCalls(4, 100, waits::add);

    private AliyunBillingPull pull(Clock clock) {
        return new AliyunBillingPull(api, calls, clock, true);
    }

    private static TeaException error(String code, String message, int status) {
        TeaException e = new TeaException(Map.of("code", code, "message", message, "statusCode", status));
        e.setCode(code);
        e.setMessage(message);
        e.setStatusCode(status);
        return e;
    }

    @Test
    void pagesEveryDayOfAClosedMonthFollowingNextTokenThreeHundredAtATime() throws IOException {
        api.page("2026-09-01", FakeBssApi.ecsLines("2026-09-01", 300, 1.5f))
                .page("2026-09-01", FakeBssApi.ecsLines("2026-09-01", 300, 1.5f))
                .page("2026-09-01", FakeBssApi.ecsLines("2026-09-01", 7, 1.5f))
                .page("2026-09-30", FakeBssApi.ecsLines("2026-09-30", 2, 10.25f))
                .overview("ecs", 910.5f + 20.5f);
        Path file = dir.resolve("focus-2026-09.csv");

        BssPullReport report = pull(NOVEMBER).pull(YearMonth.of(2026, 9), file);

        assertThat(api.calls).startsWith("2026-09-01|null|300", "2026-09-01|2026-09-01#1|300",
                "2026-09-01|2026-09-01#2|300", "2026-09-02|null|300");
        assertThat(api.calls).contains("2026-09-30|null|300").endsWith("overview|2026-09");
        assertThat(api.calls).hasSize(3 + 29 + 1);
        assertThat(report.daysPulled()).isEqualTo(30);
        assertThat(report.pages()).isEqualTo(32);
        assertThat(report.linesWritten()).isEqualTo(609);
        assertThat(report.billedCost()).isEqualByComparingTo("931.0");
        assertThat(report.overviewPretaxAmount()).isEqualByComparingTo("931.0");
        assertThat(report.reconciled()).isTrue();
        assertThat(report.currency()).isEqualTo("CNY");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(610);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CanonicalCsv.FOCUS_BILLING));
        assertThat(dir.resolve("focus-2026-09.csv.part")).doesNotExist();
    }

    @Test
    void theCurrentMonthIsPulledUpToTodayInChinaTime() {
        // 17:30 UTC on 4 October is 01:30 on 5 October in China
        Clock clock = Clock.fixed(Instant.parse("2026-10-04T17:30:00Z"), ZoneOffset.UTC);
        api.page("2026-10-05", List.of(FakeBssApi.ecs("2026-10-05", "i-1", 2.5f))).overview("ecs", 2.5f);

        BssPullReport report = pull(clock).pull(YearMonth.of(2026, 10), dir.resolve("b.csv"));

        assertThat(report.daysPulled()).isEqualTo(5);
        assertThat(api.calls).containsExactly("2026-10-01|null|300", "2026-10-02|null|300", "2026-10-03|null|300",
                "2026-10-04|null|300", "2026-10-05|null|300", "overview|2026-10");
    }

    @Test
    void aCycleThatHasNotBegunIsRefused() {
        assertThatThrownBy(() -> pull(NOVEMBER).pull(YearMonth.of(2026, 12), dir.resolve("b.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud billing cycle 2026-12 has not begun (today is 2026-11-05 in China time)");
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aThousandLinesOfOneTenthSumToExactlyOneHundred() {
        api.page("2026-10-01", FakeBssApi.ecsLines("2026-10-01", 300, 0.1f))
                .page("2026-10-01", FakeBssApi.ecsLines("2026-10-01", 300, 0.1f))
                .page("2026-10-01", FakeBssApi.ecsLines("2026-10-01", 300, 0.1f))
                .page("2026-10-01", FakeBssApi.ecsLines("2026-10-01", 100, 0.1f))
                .overview("ecs", 100.0f);
        float naive = 0f;
        for (int i = 0; i < 1000; i++) {
            naive += 0.1f;
        }
        assertThat(naive).isNotEqualTo(100.0f);   // what summing the SDK's floats would report

        BssPullReport report = pull(NOVEMBER).pull(YearMonth.of(2026, 10), dir.resolve("b.csv"));

        assertThat(report.linesWritten()).isEqualTo(1000);
        assertThat(report.billedCost()).isEqualTo(new BigDecimal("100.0"));
        assertThat(report.difference()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(report.reconciled()).isTrue();
    }

    @Test
    void aTotalThatMissesTheOverviewFailsInOneLineButTheFileIsWritten() {
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 40.0f))).overview("ecs", 42.24f);
        Path file = dir.resolve("b.csv");

        assertThatThrownBy(() -> pull(NOVEMBER).pull(YearMonth.of(2026, 10), file))
                .isInstanceOf(CloudcostException.class)
                .hasMessageStartingWith("Alibaba Cloud bill 2026-10: 1 line(s) from 31 page(s) over 31 day(s) written to "
                        + file + "; lines 40.00 CNY, QueryBillOverview 42.24 CNY MISMATCH by -2.24 (tolerance 0.005")
                .hasMessageEndingWith("does not add up to the bill; an open month lags the overview, pull a closed month"
                        + " or allow the mismatch")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(file).exists();
    }

    @Test
    void aPullReportingMismatchReturnsTheReportInstead() {
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 40.0f))).overview("ecs", 42.24f);

        BssPullReport report = pull(NOVEMBER).reportingMismatch().pull(YearMonth.of(2026, 10), dir.resolve("b.csv"));

        assertThat(report.reconciled()).isFalse();
        assertThat(report.difference()).isEqualByComparingTo("-2.24");
        assertThat(report.toString()).contains("MISMATCH by -2.24");
    }

    @Test
    void amountsTooLargeForCentsInAFloatReconcileWithinTheirStorageError() {
        // floats are 0.0625 apart near 850,000: 849,999.99 and 850,000.01 are both stored as 850000.0
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 849_999.99f),
                FakeBssApi.ecs("2026-10-01", "i-2", 0.02f))).overview("ecs", 850_000.01f);

        BssPullReport report = pull(NOVEMBER).pull(YearMonth.of(2026, 10), dir.resolve("b.csv"));

        assertThat(report.reconciled()).isTrue();
        assertThat(report.difference().abs()).isGreaterThan(BssPullReport.BASE_TOLERANCE);
        assertThat(report.tolerance()).isGreaterThan(report.difference().abs());
    }

    @Test
    void throttlingIsRetriedAndTheLinesAreWrittenOnce() {
        api.failures.add(error("Throttling.User", "Request was denied due to user flow control.", 400));
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 3.0f))).overview("ecs", 3.0f);

        BssPullReport report = pull(NOVEMBER).pull(YearMonth.of(2026, 10), dir.resolve("b.csv"));

        assertThat(waits).containsExactly(100L);
        assertThat(api.calls.subList(0, 2)).containsExactly("2026-10-01|null|300", "2026-10-01|null|300");
        assertThat(report.linesWritten()).isEqualTo(1);
        assertThat(report.reconciled()).isTrue();
    }

    @Test
    void aFailedCallIsOneLineAndLeavesNoFile() {
        api.failures.add(error("Forbidden.RAM", "User not authorized to operate on the specified resource.", 403));
        Path file = dir.resolve("b.csv");

        assertThatThrownBy(() -> pull(NOVEMBER).pull(YearMonth.of(2026, 10), file))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeInstanceBill failed: Forbidden.RAM: User not authorized to operate on"
                        + " the specified resource. (grant the RAM user or role the read-only policy in"
                        + " docs/aliyun-ram-policy.json)");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("b.csv.part")).doesNotExist();
    }

    @Test
    void aNextTokenThatRepeatsStopsThePull() {
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 1f)))
                .page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-2", 1f)))
                .nextTokenOf("2026-10-01#1", "2026-10-01#1");

        assertThatThrownBy(() -> pull(NOVEMBER).pull(YearMonth.of(2026, 10), dir.resolve("b.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeInstanceBill 2026-10-01: the NextToken did not change between pages"
                        + " (2026-10-01#1)");
    }

    @Test
    void linesInTwoCurrenciesCannotBeReconciled() {
        api.page("2026-10-01", List.of(FakeBssApi.ecs("2026-10-01", "i-1", 1f),
                FakeBssApi.ecs("2026-10-01", "i-2", 1f).setCurrency("USD"))).overview("ecs", 2f);

        assertThatThrownBy(() -> pull(NOVEMBER).pull(YearMonth.of(2026, 10), dir.resolve("b.csv")))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud bill 2026-10 mixes the currencies [CNY, USD]: cannot reconcile the lines with"
                        + " QueryBillOverview");
    }
}
