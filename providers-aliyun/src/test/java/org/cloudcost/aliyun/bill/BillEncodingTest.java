package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The encoding is told from the bytes, and only UTF-8 or a GBK bill header make it anything but UTF-8. */
class BillEncodingTest {
    static final String BILL = "账期,产品Code,产品,实例ID,消费时间,原价,应付金额\n2026-10,ecs,云服务器 ECS,i-1,2026-10-01 00:00:00,1.00,0.80\n";
    static final Charset BIG5 = Charset.forName("Big5");

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        assertThat(BillEncoding.of(BILL.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        byte[] body = BILL.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        System.arraycopy(BillFixtures.BOM, 0, bom, 0, 3);
        System.arraycopy(body, 0, bom, 3, body.length);
        assertThat(BillEncoding.of(bom)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gbkWhenTheBytesAreNotUtf8AndDecodeAsGbkIntoABillHeader() {
        assertThat(BillEncoding.of(BILL.getBytes(BillEncoding.GBK))).isEqualTo(BillEncoding.GBK);
    }

    @Test
    void aSampleCutInsideACharacterIsStillItsEncoding() {
        byte[] utf8 = BILL.getBytes(StandardCharsets.UTF_8);
        int cut = BILL.substring(0, BILL.indexOf("云")).getBytes(StandardCharsets.UTF_8).length + 1;
        assertThat(BillEncoding.of(Arrays.copyOf(utf8, cut))).isEqualTo(StandardCharsets.UTF_8);   // one byte of a three-byte character
        byte[] gbk = BILL.getBytes(BillEncoding.GBK);
        int gbkCut = BILL.substring(0, BILL.indexOf("云")).getBytes(BillEncoding.GBK).length + 1;
        assertThat(BillEncoding.of(Arrays.copyOf(gbk, gbkCut))).isEqualTo(BillEncoding.GBK);       // one byte of a two-byte character
    }

    @Test
    void neitherUtf8NorAGbkBillIsUtf8SoTheFormatCanRejectIt() {
        // Big5 (Traditional Chinese) bytes are neither UTF-8 nor a GBK bill header
        assertThat(BillEncoding.of("賬期,產品Code,實例ID,應付金額\n".getBytes(BIG5))).isEqualTo(StandardCharsets.UTF_8);
        // GBK text that is no bill is not taken for GBK
        assertThat(BillEncoding.of("名称,金额\n苹果,1.00\n".getBytes(BillEncoding.GBK))).isEqualTo(StandardCharsets.UTF_8);
        // a byte that is text in no encoding here
        assertThat(BillEncoding.of(new byte[] {'a', ',', 'b', '\n', (byte) 0x80, '\n'})).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void strictDecodingRejectsWhatReplacingDecodersHide() {
        assertThat(BillEncoding.decodesStrictly(BILL.getBytes(BillEncoding.GBK), StandardCharsets.UTF_8)).isFalse();
        assertThat(BillEncoding.decodesStrictly(BILL.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isTrue();
        assertThat(BillEncoding.decodesStrictly(new byte[] {(byte) 0xFF, 'a'}, BillEncoding.GBK)).isFalse();
    }
}
