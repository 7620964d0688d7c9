package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed bills fail on one line that names the file, line, column and what was expected. */
class BadBillTest {
    static final String HEADER = "账期,产品Code,产品,消费时间,实例ID,原价,应付金额\n";
    static final String GOOD = "2026-10,ecs,云服务器 ECS,2026-10-01 08:00:00,i-1,1.00,0.80\n";

    @TempDir
    Path tmp;

    Path file(String name, String text) {
        return BillFixtures.write(tmp, name, new byte[0], text, StandardCharsets.UTF_8);
    }

    static InputException readFails(Path f) {
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(f).load());
        assertThat(e).as("expected an InputException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(f.toString());
        return e;
    }

    @Test
    void aNonNumericAmountNamesFileLineAndColumn() {
        Path f = file("bill.csv", HEADER + GOOD + "2026-10,ecs,云服务器 ECS,2026-10-01 09:00:00,i-1,1.00,abc\n");
        InputException e = readFails(f);
        assertThat(e.getMessage()).isEqualTo(f + ":3:7 (应付金额): expected a decimal number, found \"abc\"");
    }

    @Test
    void aNonNumericGrossAmountOrUsageToo() {
        Path f = file("gross.csv", HEADER + "2026-10,ecs,云服务器 ECS,2026-10-01 09:00:00,i-1,一元,0.80\n");
        assertThat(readFails(f).getMessage()).isEqualTo(f + ":2:6 (原价): expected a decimal number, found \"一元\"");
    }

    @Test
    void aBadConsumptionTimeOrBillingMonth() {
        Path day = file("day.csv", HEADER + GOOD + GOOD + "2026-10,ecs,云服务器 ECS,10/01/2026,i-1,1.00,0.80\n");
        assertThat(readFails(day).getMessage()).isEqualTo(day + ":4:4 (消费时间): expected a China-time date such as"
                + " 2026-10-05 or 2026-10-05 13:00:00, found \"10/01/2026\"");
        Path month = file("month.csv", HEADER + "Oct-26,ecs,云服务器 ECS,2026-10-01 08:00:00,i-1,1.00,0.80\n");
        assertThat(readFails(month).getMessage()).isEqualTo(month + ":2:1 (账期): expected a billing month such as 2026-10, found \"Oct-26\"");
    }

    @Test
    void aRecordWithNoDateAtAll() {
        Path f = file("nodate.csv", HEADER + "2026-10,ecs,云服务器 ECS,2026-10-01 08:00:00,i-1,1.00,0.80\n,ecs,ECS,,i-1,1.00,0.80\n");
        assertThat(readFails(f).getMessage()).startsWith(f + ":3:4 (消费时间): expected the date of the charge");
    }

    @Test
    void aForcedBillWithoutItsMandatoryColumns() {
        Path noAmount = file("noamount.csv", "账期,产品Code,消费时间,原价\n2026-10,ecs,2026-10-01,1.00\n");
        InputException e = catchThrowableOfType(InputException.class,
                () -> CostDataset.read().billingFormat("aliyun-bill").billing(noAmount).load());
        assertThat(e.getMessage()).startsWith(noAmount + ":1: missing mandatory column \"应付金额\" (or Pretax Amount, PretaxAmount)");

        Path noDate = file("nodatecolumn.csv", "产品Code,实例ID,应付金额\necs,i-1,1.00\n");
        e = catchThrowableOfType(InputException.class,
                () -> CostDataset.read().billingFormat("aliyun-bill").billing(noDate).load());
        assertThat(e.getMessage()).startsWith(noDate + ":1: missing the date of the charges: expected a column 消费时间");
    }

    @Test
    void aFileInNeitherUtf8NorGbkIsRejectedNamingIt() {
        Path big5 = BillFixtures.write(tmp, "big5.csv", new byte[0], HEADER + GOOD, Charset.forName("Big5"));
        InputException e = readFails(big5);
        assertThat(e.getMessage()).startsWith(big5 + ":1:1: the header is neither UTF-8 text nor a GBK bill header; save the bill as CSV in UTF-8");

        InputException forced = catchThrowableOfType(InputException.class,
                () -> CostDataset.read().billingFormat("aliyun-bill").billing(big5).load());
        assertThat(forced.getMessage()).isEqualTo(e.getMessage());
    }

    @Test
    void recordsInAnotherEncodingThanTheStartOfTheFileAreRejectedWhereTheyAre() {
        // a UTF-8 bill with one record pasted from a GBK file, past the bytes the encoding is told from
        StringBuilder utf8 = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            utf8.append(GOOD);
        }
        byte[] head = utf8.toString().getBytes(StandardCharsets.UTF_8);
        byte[] gbkLine = "2026-10,ecs,云服务器 ECS,2026-10-01 08:00:00,i-1,1.00,0.80\n".getBytes(BillEncoding.GBK);
        byte[] all = new byte[head.length + gbkLine.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(gbkLine, 0, all, head.length, gbkLine.length);
        assertThat(head.length).as("the GBK record must lie past the 64 KiB sample").isGreaterThan(64 * 1024);
        Path f = BillFixtures.write(tmp, "mixed.csv", all, "", StandardCharsets.UTF_8);

        InputException e = readFails(f);
        assertThat(e.getMessage()).startsWith(f + ":1502:3 (产品): holds bytes that are not text in the file's encoding");
    }
}
