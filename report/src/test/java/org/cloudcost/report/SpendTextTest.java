package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.SpendSummaries.d;

import java.util.Map;

import org.cloudcost.core.spend.Reconciliation;
import org.junit.jupiter.api.Test;
import org.cloudcost.report.internal.MoneyText;

class SpendTextTest {

    @Test
    void rendersTheCategoriesWithAmountsSharesAndTotal() {
        String text = SpendText.render(SpendSummaries.cny());

        assertThat(text).startsWith("Billed spend 2026-10, CNY\n");
        assertThat(text).containsSubsequence(
                "  ServiceCategory  BilledCost   Share\n",
                "  Compute            1,234.57   54.1%\n",
                "  Databases            800.00   35.1%\n",
                "  Storage              210.13    9.2%\n",
                "  Networking            55.50    2.4%\n",
                "  Other                -20.19   -0.9%\n",
                "  ---------------  ----------  ------\n",
                "  Total              2,280.00  100.0%\n");
    }

    @Test
    void listsTheTopTenServicesAndFoldsTheRest() {
        String text = SpendText.render(SpendSummaries.cny());

        assertThat(text).contains("  Service 10             30.00   1.3%\n");
        assertThat(text).doesNotContain("Service 11", "Service 12");
        assertThat(text).contains("  2 other services       30.00   1.3%\n");
    }

    @Test
    void listsAccountsAndChargeCategories() {
        String text = SpendText.render(SpendSummaries.cny());

        assertThat(text).contains("  1234567890123456    2,000.00  87.7%\n", "  0987654321            280.00  12.3%\n");
        assertThat(text).containsSubsequence("ChargeCategory", "Usage", "2,250.00", "Tax", "50.00", "Credit", "-20.00");
    }

    @Test
    void endsWithTotalsAndTheReconciliationLine() {
        String text = SpendText.render(SpendSummaries.cny());

        assertThat(text).endsWith("Total billed 2,280.00 CNY (effective 2,100.44, list 2,500.13)\n"
                + "Reconciliation: source 2,280.00 = reported 2,280.00 + excluded 0.00, difference 0.00 (reconciled)\n");
    }

    @Test
    void saysSoWhenTheReportDoesNotAddUp() {
        String line = SpendText.reconciliationLine(Reconciliation.of(d("1000"), d("990.5"), d("0")));

        assertThat(line).isEqualTo("Reconciliation: source 1,000.00 = reported 990.50 + excluded 0.00, "
                + "difference 9.50 (MISMATCH: the report does not add up to the bill)");
    }

    @Test
    void isPlainAsciiWithoutColoursOrTrailingBlanks() {
        String text = SpendText.render(SpendSummaries.cny());

        assertThat(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))).isTrue();
        assertThat(text.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void rendersAnEmptySummaryAndExchangeRates() {
        String text = SpendText.render(SpendSummaries.empty("CNY", Map.of("USD", d("7.10"))));

        assertThat(text).startsWith("Billed spend (no billing lines), CNY\n");
        assertThat(text).doesNotContain("ServiceCategory");
        assertThat(text).contains("Exchange rates: 1 USD = 7.10 CNY\n");
    }

    @Test
    void formatsLargeAmountsWithThousandsSeparators() {
        assertThat(MoneyText.money(d("1800000"))).isEqualTo("1,800,000.00");
        assertThat(MoneyText.money(d("-1234.565"))).isEqualTo("-1,234.57");
        assertThat(MoneyText.money(d("0.004"))).isEqualTo("0.00");
        assertThat(MoneyText.share(d("1"), d("0"))).isEqualTo("-");
    }
}
