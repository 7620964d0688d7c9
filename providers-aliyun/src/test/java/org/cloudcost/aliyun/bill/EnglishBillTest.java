package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aliyun.bill.BillFixtures.row;

import java.time.LocalDate;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The English-header fixture: console labels, a Currency column in USD, refunds and a negative line without a bill type. */
class EnglishBillTest {

    @Test
    void totalsInTheCurrencyColumnsCurrencyReconcile() {
        CostDataset ds = CostDataset.read().billing(BillFixtures.EN).load();
        var spend = ds.spend();
        assertThat(spend.currency()).isEqualTo("USD");                          // "usd" on one line, too
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("2.698");     // 1.248 + 0.85 - 2.50 - 0.10 + 3.20
        assertThat(spend.totalListCost()).isEqualByComparingTo("3.11");        // 1.56 + 0.85 - 2.50 + 0 + 3.20
        assertThat(spend.byChargeCategory().get("Credit")).isEqualByComparingTo("-2.60");
        assertThat(spend.byChargeCategory().get("Usage")).isEqualByComparingTo("5.298");
        assertThat(spend.byServiceCategory().get("Networking")).isEqualByComparingTo("3.20");
        assertThat(ds.readReport().sourceBilledCost()).containsOnlyKeys("USD");
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("aliyun-bill en");
    }

    @Test
    void ownerIdIsTheSubAccountAndItsNameStandsInWhenBlank() {
        Table t = CostDataset.read().billing(BillFixtures.EN).load().billing().table();
        assertThat(t.rowCount()).isEqualTo(5);

        Row web = row(t, "i-t4nweb01", LocalDate.of(2026, 10, 1), "Usage");
        assertThat(web.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo("5012345678901234");
        assertThat(web.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("0099887766");   // leading zeros kept
        assertThat(web.getString(BillingFrame.SERVICE_NAME)).isEqualTo("Elastic Compute Service");
        assertThat(web.getString(BillingFrame.REGION_ID)).isEqualTo("ap-southeast-1");
        assertThat(web.getString("env")).isEqualTo("prod");

        Row oss = row(t, "ap-southeast-1;standard", LocalDate.of(2026, 10, 2), "Usage");
        assertThat(oss.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("retail-prod");
        assertThat(oss.getString(BillingFrame.PRICING_UNIT)).isEqualTo("GB");
    }

    @Test
    void refundsAndNegativeLinesWithoutABillTypeAreCredits() {
        Table t = CostDataset.read().billing(BillFixtures.EN).load().billing().table();
        Table credits = t.where(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo("Credit"));
        assertThat(credits.rowCount()).isEqualTo(2);   // the tagged refund and the untagged -0.10 stay apart
        assertThat(credits.doubleColumn(BillingFrame.BILLED_COST).asList()).containsExactlyInAnyOrder(-2.5, -0.1);

        Row eip = row(t, "eip-t4nip01", LocalDate.of(2026, 10, 4), "Usage");   // key:/value: tags, quoted comma
        assertThat(eip.getString("team")).isEqualTo("net,edge");
        assertThat(eip.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Networking");
    }
}
