package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cloudcost.core.frame.BillingFrame;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The hand-made bill fixtures of {@code src/test/resources/bill} and the re-encodings the tests derive from them. */
final class BillFixtures {
    /** Legacy Chinese columns (20 of the 41), UTF-8, nine records and a blank trailing line. */
    static final Path ZH = Path.of("src/test/resources/bill/bill-zh.csv");
    /** English console labels with a Currency column (USD), five records. */
    static final Path EN = Path.of("src/test/resources/bill/bill-en.csv");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BillFixtures() {
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} written to {@code dir/name} in {@code charset}, after {@code prefix}. */
    static Path write(Path dir, String name, byte[] prefix, String text, Charset charset) {
        Path f = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        try {
            Files.write(f, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /** The Chinese fixture as Excel on a Chinese Windows saves it: GBK, CRLF line ends. */
    static Path gbk(Path dir) {
        return write(dir, "bill-zh-gbk.csv", new byte[0], text(ZH).replace("\n", "\r\n"), BillEncoding.GBK);
    }

    /** The Chinese fixture in UTF-8 with a byte-order mark, as the console's "Excel" CSV has it. */
    static Path bom(Path dir) {
        return write(dir, "bill-zh-bom.csv", BOM, text(ZH), StandardCharsets.UTF_8);
    }

    /** The one row of {@code resourceId} on {@code day} with {@code chargeCategory}. */
    static Row row(Table t, String resourceId, LocalDate day, String chargeCategory) {
        Table hits = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo(resourceId)
                .and(t.dateColumn(BillingFrame.CHARGE_PERIOD_START).isEqualTo(day))
                .and(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo(chargeCategory)));
        assertThat(hits.rowCount()).as(resourceId + " " + day + " " + chargeCategory + " in\n" + t.print()).isEqualTo(1);
        return hits.row(0);
    }
}
