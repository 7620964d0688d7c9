package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/**
 * Alibaba's other export, "FOCUS 1.0 with Alibaba Cloud columns (Preview)", stays with core's FOCUS
 * reader: ContractedCost, ContractedUnitPrice, ConsumedQuantity, ConsumedUnit and
 * ChargeDescription are null on every line, as Alibaba documents. The two {@code x_} columns
 * stand for the provider columns FOCUS allows (their real names do not matter here).
 */
class AlibabaFocusExportTest {
    static final String HEADER = "BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,"
            + "BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,ChargePeriodEnd,"
            + "ChargePeriodStart,ConsumedQuantity,ConsumedUnit,ContractedCost,ContractedUnitPrice,EffectiveCost,"
            + "InvoiceIssuerName,ListCost,ListUnitPrice,PricingCategory,PricingQuantity,PricingUnit,ProviderName,"
            + "PublisherName,RegionId,ResourceId,ServiceCategory,ServiceName,SkuId,SubAccountId,Tags,x_ProductCode,x_InstanceID";
    static final String LINE_1 = "1.248,1234567890123456,retail-main,CNY,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,Usage,,,"
            + "Usage-Based,2026-10-01T01:00:00Z,2026-10-01T00:00:00Z,,,,,1.248,Alibaba Cloud,1.56,1.56,Standard,1,Hour,"
            + "Alibaba Cloud,Alibaba Cloud,cn-hangzhou,i-bp1web01,Compute,Elastic Compute Service,ecs.g7.xlarge,"
            + "5012345678901234,\"{\"\"env\"\":\"\"prod\"\"}\",ecs,i-bp1web01";
    static final String LINE_2 = "-5.00,1234567890123456,retail-main,CNY,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,Credit,,,"
            + "One-Time,2026-10-04T00:00:00Z,2026-10-03T00:00:00Z,,,,,-5.00,Alibaba Cloud,-5.00,,,,,"
            + "Alibaba Cloud,Alibaba Cloud,cn-hangzhou,i-bp1web01,Compute,Elastic Compute Service,,"
            + "5012345678901234,,ecs,i-bp1web01";

    @TempDir
    Path tmp;

    @Test
    void theFocusExportIsNotClaimedByTheBillFormat() {
        CsvHeader header = new CsvHeader("focus.csv", Arrays.asList(HEADER.split(",")));
        assertThat(new AliyunBillCsvFormat().matches(header)).isFalse();
        assertThat(BillingFormats.detect(header)).get().extracting(f -> f.id()).isEqualTo("focus");
    }

    @Test
    void itIsReadByCoresFocusReaderWithItsNullColumns() {
        Path f = BillFixtures.write(tmp, "focus-aliyun.csv", new byte[0], HEADER + "\n" + LINE_1 + "\n" + LINE_2 + "\n",
                StandardCharsets.UTF_8);
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("focus 1.0");
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("-3.752");
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
        Table t = ds.billing().table();
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.stringColumn(BillingFrame.CHARGE_CATEGORY).asList()).containsExactly("Usage", "Credit");
        assertThat(t.stringColumn("env").get(0)).isEqualTo("prod");
    }
}
