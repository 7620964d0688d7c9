package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.aws.cur.CurFixtures.row;
import static org.cloudcost.aws.cur.CurFixtures.unattributed;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The legacy October fixture, every figure worked out by hand from {@code cur-legacy-2026-10.csv}:
 * on-demand, Savings Plan (covered usage, negation, recurring and upfront fees), RI (discounted
 * usage, RIFee, upfront Fee), EDP discount, credit, refund and tax lines.
 */
class LegacyCurTest {
    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);
    static final String EC2 = "Amazon Elastic Compute Cloud";

    @TempDir
    Path tmp;

    static CostDataset october() {
        return CostDataset.read().billing(CurFixtures.OCTOBER).load();
    }

    @Test
    void totalsByChargeCategoryAreExactAndReconcile() {
        CostDataset ds = october();
        SpendSummary spend = ds.spend();
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("757.5743");
        // Usage: 2.304 + 2.304 + 4.608 (SP-covered, on-demand rate) + 0 (RI-covered) + 34.50 + 0.2667 + 1.08 + 0.90 + 0.01 - 0.2304 (EDP)
        assertThat(spend.byChargeCategory().get("Usage")).isEqualByComparingTo("45.7423");
        // Credit: -4.608 (SavingsPlanNegation) - 10.00 (Credit) - 1.50 (Refund)
        assertThat(spend.byChargeCategory().get("Credit")).isEqualByComparingTo("-16.108");
        // Purchase: 4.00 (SavingsPlanRecurringFee) + 111.60 (RIFee) + 500.00 (RI upfront Fee) + 100.00 (SavingsPlanUpfrontFee)
        assertThat(spend.byChargeCategory().get("Purchase")).isEqualByComparingTo("715.60");
        assertThat(spend.byChargeCategory().get("Tax")).isEqualByComparingTo("12.34");
        assertThat(spend.byChargeCategory()).containsOnlyKeys("Usage", "Credit", "Purchase", "Tax");
        assertThat(spend.currency()).isEqualTo("USD");
        assertThat(spend.billingPeriod()).isEqualTo("2026-10");
        assertThat(ds.readReport().sourceBilledCost()).containsOnlyKeys("USD");
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo("757.5743");
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(spend.reconciliation().difference()).isEqualByComparingTo("0");
    }

    @Test
    void effectiveCostAmortizesCommitmentsInsteadOfCountingThemTwice() {
        SpendSummary spend = october().spend();
        // 2.304 + 2.304 + 3.2 (SP effective) + 0 (negation) + 0.80 (unused SP commitment 4.00 - 3.20)
        // + 3.60 (RI effective) + 7.20 (unused RI) + 0 (RI upfront Fee) + 0 (SP upfront fee) - 10.00 - 1.50
        // + 12.34 + 34.50 + 0.2667 + 1.08 + 0.90 + 0.01 - 0.2304
        assertThat(spend.totalEffectiveCost()).isEqualByComparingTo("56.7743");
        // pricing/publicOnDemandCost: 2.304 + 2.304 + 4.608 + 5.76 + 0 (tax) + 34.50 + 0.2667 + 1.08 + 0.90 + 0.01; empty elsewhere
        assertThat(spend.totalListCost()).isEqualByComparingTo("51.7327");
    }

    @Test
    void savingsPlanLinesKeepTheResourceAndSplitUsageFromNegation() {
        Table t = october().billing().table();
        Row covered = row(t, "i-0bbb2222", OCT_1, "Usage");
        assertThat(covered.getDouble(BillingFrame.BILLED_COST)).isEqualTo(4.608);
        assertThat(covered.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(3.2);
        assertThat(covered.getDouble(BillingFrame.LIST_COST)).isEqualTo(4.608);
        assertThat(covered.getString(BillingFrame.SKU_ID)).isEqualTo("m5.xlarge");
        assertThat(covered.getString("env")).isEqualTo("staging");
        assertThat(covered.getString("team")).isEqualTo("data");

        Row negation = row(t, "i-0bbb2222", OCT_1, "Credit");
        assertThat(negation.getDouble(BillingFrame.BILLED_COST)).isEqualTo(-4.608);
        assertThat(negation.getDouble(BillingFrame.EFFECTIVE_COST)).isZero();

        String plan = "arn:aws:savingsplans::012345678901:savingsplan/sp-0123";
        Row recurring = row(t, plan, OCT_1, "Purchase");
        assertThat(recurring.getDouble(BillingFrame.BILLED_COST)).isEqualTo(4.00);
        assertThat(recurring.getDouble(BillingFrame.EFFECTIVE_COST)).isCloseTo(0.80, within(1e-12));
        assertThat(recurring.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Other");
        assertThat(recurring.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("savingsplan");

        Row upfront = row(t, "arn:aws:savingsplans::012345678901:savingsplan/sp-0456", OCT_1, "Purchase");
        assertThat(upfront.getDouble(BillingFrame.BILLED_COST)).isEqualTo(100.0);
        assertThat(upfront.getDouble(BillingFrame.EFFECTIVE_COST)).isZero();
    }

    @Test
    void reservedInstanceLinesCarryTheirAmortizedCost() {
        Table t = october().billing().table();
        Row db = row(t, "arn:aws:rds:us-east-1:098765432109:db:orders", OCT_1, "Usage");
        assertThat(db.getDouble(BillingFrame.BILLED_COST)).isZero();
        assertThat(db.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(3.60);
        assertThat(db.getDouble(BillingFrame.LIST_COST)).isEqualTo(5.76);
        assertThat(db.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Databases");
        assertThat(db.getString(BillingFrame.SERVICE_NAME)).isEqualTo("Amazon Relational Database Service");
        assertThat(db.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("db instance");
        assertThat(db.getString(BillingFrame.SKU_ID)).isEqualTo("db.r5.large");
        assertThat(db.getString("team")).isEqualTo("shop");

        Row fee = row(t, "arn:aws:rds:us-east-1:012345678901:ri:ri-2026-orders", OCT_1, "Purchase");
        assertThat(fee.getDouble(BillingFrame.BILLED_COST)).isEqualTo(111.60);
        assertThat(fee.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(7.20);   // 0 unused upfront + 7.20 unused recurring
        assertThat(fee.getDouble(BillingFrame.PRICING_QUANTITY)).isEqualTo(744.0);

        Row upfront = unattributed(t, EC2, OCT_1, "Purchase");   // Fee with a reservation ARN
        assertThat(upfront.getDouble(BillingFrame.BILLED_COST)).isEqualTo(500.0);
        assertThat(upfront.getDouble(BillingFrame.EFFECTIVE_COST)).isZero();
    }

    @Test
    void resourceIdsTypesCategoriesAndTags() {
        Table t = october().billing().table();
        Row web = row(t, "i-0aaa1111", OCT_1, "Usage");   // on-demand 2.304 and its EDP discount -0.2304 fold into one row
        assertThat(web.getDouble(BillingFrame.BILLED_COST)).isCloseTo(2.0736, within(1e-12));
        assertThat(web.getString(BillingFrame.PROVIDER_NAME)).isEqualTo("AWS");
        assertThat(web.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo(CurFixtures.PAYER);   // leading zero kept
        assertThat(web.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo(CurFixtures.LINKED);
        assertThat(web.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Compute");
        assertThat(web.getString(BillingFrame.SERVICE_NAME)).isEqualTo(EC2);
        assertThat(web.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("instance");
        assertThat(web.getString(BillingFrame.SKU_ID)).isEqualTo("m5.large");
        assertThat(web.getString(BillingFrame.REGION_ID)).isEqualTo("us-east-1");
        assertThat(web.getString(BillingFrame.PRICING_UNIT)).isEqualTo("Hrs");
        assertThat(web.getDouble(BillingFrame.PRICING_QUANTITY)).isEqualTo(24.0);
        assertThat(web.getDate(BillingFrame.BILLING_PERIOD_START)).isEqualTo(OCT_1);
        assertThat(web.getString("env")).isEqualTo("prod");   // resourceTags/user:Environment feeds env
        assertThat(web.getString("team")).isEqualTo("web");
        assertThat(row(t, "i-0aaa1111", LocalDate.of(2026, 10, 2), "Usage").getDouble(BillingFrame.BILLED_COST)).isEqualTo(2.304);

        Row volume = row(t, "vol-0ccc3333", OCT_3, "Usage");   // EBS is billed under AmazonEC2: its family makes it Storage
        assertThat(volume.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");
        assertThat(volume.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("volume");
        assertThat(volume.getString(BillingFrame.SKU_ID)).isEmpty();

        Row nat = row(t, "arn:aws:ec2:us-east-1:098765432109:natgateway/nat-0ddd4444", OCT_3, "Usage");
        assertThat(nat.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Networking");
        assertThat(nat.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("nat gateway");
        assertThat(nat.getString("team")).isEmpty();

        Row bucket = row(t, "retail-assets", OCT_3, "Usage");
        assertThat(bucket.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("bucket");
        assertThat(bucket.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");
        assertThat(bucket.getString(BillingFrame.REGION_ID)).isEqualTo("us-east-1");   // product/regionCode empty: product/region
        assertThat(bucket.getString("env")).isEmpty();

        Row transfer = row(t, "i-0aaa1111", OCT_3, "Usage");
        assertThat(transfer.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Networking");   // AWSDataTransfer
        assertThat(transfer.getString(BillingFrame.SERVICE_NAME)).isEqualTo("AWS Data Transfer");
    }

    @Test
    void creditsRefundsTaxAndUnknownServicesAreKept() {
        Table t = october().billing().table();
        Row credit = unattributed(t, EC2, LocalDate.of(2026, 10, 5), "Credit");
        assertThat(credit.getDouble(BillingFrame.BILLED_COST)).isEqualTo(-10.0);
        assertThat(credit.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(-10.0);
        Row refund = unattributed(t, "Amazon Simple Storage Service", LocalDate.of(2026, 10, 6), "Credit");
        assertThat(refund.getDouble(BillingFrame.BILLED_COST)).isEqualTo(-1.5);
        assertThat(refund.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");
        Row tax = unattributed(t, EC2, OCT_1, "Tax");
        assertThat(tax.getDouble(BillingFrame.BILLED_COST)).isEqualTo(12.34);
        assertThat(tax.getString(BillingFrame.REGION_ID)).isEmpty();
        Row unknown = unattributed(t, "AWS Fancy New Thing", LocalDate.of(2026, 10, 4), "Usage");
        assertThat(unknown.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Other");

        var spend = october().spend();
        // Compute: 4.608 (i-0aaa1111 x2) + 4.608 - 4.608 (SP) + 500 (RI Fee) - 10 (credit) + 12.34 (tax) - 0.2304 (EDP)
        assertThat(spend.byServiceCategory().get("Compute")).isEqualByComparingTo("506.7176");
        assertThat(spend.byServiceCategory().get("Databases")).isEqualByComparingTo("111.60");
        assertThat(spend.byServiceCategory().get("Storage")).isEqualByComparingTo("33.2667");    // 34.50 - 1.50 + 0.2667
        assertThat(spend.byServiceCategory().get("Networking")).isEqualByComparingTo("1.98");    // NAT 1.08 + transfer 0.90
        assertThat(spend.byServiceCategory().get("Other")).isEqualByComparingTo("104.01");       // Savings Plans 104 + unknown 0.01
    }

    @Test
    void aForcedFormatReadsTheSameFile() {
        CostDataset ds = CostDataset.read().billingFormat(CurCsvFormat.ID).billing(CurFixtures.OCTOBER).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("757.5743");
    }

    @Test
    void theReadReportNamesTheFormatAndEveryLine() {
        var report = october().readReport();
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.format()).isEqualTo("aws-cur");
            assertThat(f.kind()).isEqualTo("billing");
            assertThat(f.dataLines()).isEqualTo(18);
        });
        assertThat(report.skipped()).isEmpty();
    }

    @Test
    void aGzipCopyGivesTheSameFrame() {
        Path gz = CurFixtures.gzip(CurFixtures.OCTOBER, tmp, "cur-legacy-2026-10.csv.gz");
        Path renamed = CurFixtures.gzip(CurFixtures.OCTOBER, tmp, "report-without-gz-suffix.csv");   // told by its bytes
        Table expected = october().billing().table();
        for (Path f : new Path[] {gz, renamed}) {
            CostDataset ds = CostDataset.read().billing(f).load();
            assertThat(ds.readReport().files().get(0).format()).isEqualTo("aws-cur");
            Table actual = ds.billing().table();
            assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
            for (int i = 0; i < expected.rowCount(); i++) {
                assertThat(actual.row(i).toString()).as(f + " row " + i).isEqualTo(expected.row(i).toString());
            }
            assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("757.5743");
        }
    }
}
