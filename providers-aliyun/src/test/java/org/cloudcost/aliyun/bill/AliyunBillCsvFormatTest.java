package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.CsvHeader;
import org.junit.jupiter.api.Test;

/** The format is found through the registry and claims bill headers, in both languages, and nothing else. */
class AliyunBillCsvFormatTest {
    static final String ZH = "账期,财务单元,账号ID,账号,Owner账号,产品Code,产品,消费类型,消费时间,实例ID,原价,应付金额";
    static final String EN = "Billing Cycle,Account ID,Product Code,Product Name,Consume Time,Instance ID,Instance Tag,Pretax Gross Amount,Pretax Amount";
    /** The bill-subscription detail file's field names. */
    static final String SUBSCRIPTION = "BillingCycle,AccountID,OwnerID,ProductCode,ProductName,UsageStartTime,InstanceID,Tag,PretaxGrossAmount,PretaxAmount,Currency";
    static final String FOCUS = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName,ResourceId,ListCost";

    static CsvHeader header(String line) {
        return new CsvHeader("bill.csv", Arrays.asList(line.split(",")));
    }

    @Test
    void registeredBesideFocusAndFoundById() {
        assertThat(BillingFormats.available()).extracting(BillingFormat::id).containsExactly("aliyun-bill", "focus");
        assertThat(BillingFormats.byId("ALIYUN-BILL")).get().isInstanceOf(AliyunBillCsvFormat.class);
        assertThat(BillingFormats.describeAll()).contains("aliyun-bill (Alibaba Cloud bill details CSV");
    }

    @Test
    void recognisesChineseEnglishAndSubscriptionHeaders() {
        for (String h : List.of(ZH, EN, SUBSCRIPTION, ZH.toLowerCase(), EN.toUpperCase())) {
            assertThat(BillingFormats.detect(header(h))).as(h).get().extracting(BillingFormat::id).isEqualTo("aliyun-bill");
        }
    }

    @Test
    void focusHeadersStayWithFocusEvenWithBillColumnsAdded() {
        assertThat(new AliyunBillCsvFormat().matches(header(FOCUS))).isFalse();
        assertThat(new AliyunBillCsvFormat().matches(header(FOCUS + ",ProductCode,InstanceID,PretaxAmount,BillingCycle"))).isFalse();
        assertThat(BillingFormats.detect(header(FOCUS + ",ProductCode,InstanceID,PretaxAmount,BillingCycle")))
                .get().extracting(BillingFormat::id).isEqualTo("focus");
    }

    @Test
    void aHeaderWithoutTheAmountOrTheProductCodeIsNoBill() {
        assertThat(new AliyunBillCsvFormat().matches(header("账期,产品Code,实例ID,原价,消费时间"))).isFalse();      // no 应付金额
        assertThat(new AliyunBillCsvFormat().matches(header("账期,产品,实例ID,原价,消费时间,应付金额"))).isFalse();  // no 产品Code
        assertThat(new AliyunBillCsvFormat().matches(header("产品Code,应付金额,备注"))).isFalse();                  // too few bill columns
        assertThat(new AliyunBillCsvFormat().matches(header("Voucher,Day,Amount"))).isFalse();
    }

    @Test
    void aChineseHeaderDecodedInTheWrongEncodingIsClaimedSoItsErrorCanSaySo() {
        CsvHeader garbled = header("\uFFFD\uFFFD,\uFFFD\uFFFDCode,\uFFFD\uFFFDID,\uFFFD\uFFFD\uFFFD");
        assertThat(new AliyunBillCsvFormat().matches(garbled)).isTrue();
        assertThat(new AliyunBillCsvFormat().matches(header("\uFFFD\uFFFD,Code,ID"))).isFalse();   // no garbled Code/ID column
    }
}
