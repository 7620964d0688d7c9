package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aws.cur.CurFixtures.row;
import static org.cloudcost.aws.cur.CurFixtures.unattributed;

import java.nio.file.Path;
import java.time.LocalDate;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The CUR 2.0 fixture: snake-case columns, {@code product}, {@code resource_tags} and {@code cost_category} as JSON. */
class Cur2Test {
    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

    @TempDir
    Path tmp;

    @Test
    void totalsAndCommitmentsAsInTheLegacyReport() {
        CostDataset ds = CostDataset.read().billing(CurFixtures.CUR2).load();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("aws-cur2");
        var spend = ds.spend();
        // 1.632 + 3.264 - 3.264 + 2.50 + 12.00 - 5.00 + 1.00 + 0
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("12.132");
        // 1.632 + 2.10 (SP effective) + 0 (negation) + 0.40 (unused 2.50 - 2.10) + 12.00 - 5.00 + 1.00 + 1.10 (RI effective)
        assertThat(spend.totalEffectiveCost()).isEqualByComparingTo("13.232");
        assertThat(spend.totalListCost()).isEqualByComparingTo("18.912");   // 1.632 + 3.264 + 12.00 + 2.016
        assertThat(spend.byChargeCategory().get("Usage")).isEqualByComparingTo("16.896");
        assertThat(spend.byChargeCategory().get("Credit")).isEqualByComparingTo("-8.264");
        assertThat(spend.byChargeCategory().get("Purchase")).isEqualByComparingTo("2.50");
        assertThat(spend.byChargeCategory().get("Tax")).isEqualByComparingTo("1.00");
        assertThat(spend.reconciliation().reconciled()).isTrue();
    }

    @Test
    void productAndTagMapsAreReadAsJson() {
        Table t = CostDataset.read().billing(CurFixtures.CUR2).load().billing().table();
        Row api = row(t, "i-0eee5555", OCT_1, "Usage");
        assertThat(api.getString(BillingFrame.SERVICE_NAME)).isEqualTo("Amazon Elastic Compute Cloud");   // product map
        assertThat(api.getString(BillingFrame.SKU_ID)).isEqualTo("c6g.large");
        assertThat(api.getString(BillingFrame.REGION_ID)).isEqualTo("eu-west-1");
        assertThat(api.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo(CurFixtures.PAYER);
        assertThat(api.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo(CurFixtures.LINKED);
        assertThat(api.getString("env")).isEqualTo("prod");    // user_env
        assertThat(api.getString("team")).isEqualTo("api");    // user_team, not cost_category's "team"

        Row covered = row(t, "i-0fff6666", OCT_1, "Usage");
        assertThat(covered.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(2.10);
        assertThat(covered.getString("env")).isEqualTo("staging");   // user_environment feeds env
        assertThat(row(t, "i-0fff6666", OCT_1, "Credit").getDouble(BillingFrame.EFFECTIVE_COST)).isZero();

        Row bucket = row(t, "media-archive", LocalDate.of(2026, 10, 2), "Usage");
        assertThat(bucket.getString(BillingFrame.REGION_ID)).isEqualTo("eu-west-1");   // product_region_code empty: the map's region
        assertThat(bucket.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("bucket");
        assertThat(bucket.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");

        Row db = row(t, "arn:aws:rds:eu-west-1:098765432109:db:ledger", LocalDate.of(2026, 10, 3), "Usage");
        assertThat(db.getString(BillingFrame.SKU_ID)).isEqualTo("db.m6g.large");    // product_instance_type empty: the map's
        assertThat(db.getString(BillingFrame.REGION_ID)).isEqualTo("eu-west-1");    // the map's region_code
        assertThat(db.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Databases");
        assertThat(db.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("db instance");
        assertThat(db.getString("team")).isEqualTo("finance");                      // the user: spelling
        assertThat(db.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(1.10);

        Row credit = unattributed(t, "AmazonEC2", LocalDate.of(2026, 10, 5), "Credit");   // empty maps: the product code names it
        assertThat(credit.getDouble(BillingFrame.BILLED_COST)).isEqualTo(-5.0);
    }

    @Test
    void aGzipCopyIsRecognisedAndReadTheSame() {
        Path gz = CurFixtures.gzip(CurFixtures.CUR2, tmp, "cur2-2026-10.csv.gz");
        CostDataset ds = CostDataset.read().billing(gz).load();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("aws-cur2");
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("12.132");
        assertThat(ds.spend().totalEffectiveCost()).isEqualByComparingTo("13.232");
    }

    @Test
    void aLegacyReportFlattenedBySnakeCaseColumnsKeepsItsTagColumns() {
        Path athena = CurFixtures.write(tmp, "athena.csv",
                "line_item_line_item_type,line_item_usage_start_date,line_item_unblended_cost,line_item_currency_code,"
                        + "line_item_product_code,line_item_resource_id,resource_tags_user_environment,resource_tags_user_team\n"
                        + "Usage,2026-10-01 00:00:00.000,1.25,USD,AmazonEC2,i-0abc,prod,web\n");
        Table t = CostDataset.read().billing(athena).load().billing().table();
        Row r = row(t, "i-0abc", OCT_1, "Usage");
        assertThat(r.getString("env")).isEqualTo("prod");
        assertThat(r.getString("team")).isEqualTo("web");
    }
}
