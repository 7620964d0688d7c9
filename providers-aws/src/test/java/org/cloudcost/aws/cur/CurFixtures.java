package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.frame.BillingFrame;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The hand-made CUR fixtures of {@code src/test/resources/org/cloudcost/aws/cur} and what the tests derive from them. */
final class CurFixtures {
    private static final Path DIR = Path.of("src/test/resources/org/cloudcost/aws/cur");
    /** Legacy CUR, October 2026: 18 line items of every type, tag columns, RI and Savings Plan columns. */
    static final Path OCTOBER = DIR.resolve("cur-legacy-2026-10.csv");
    /** Legacy CUR, November 2026: another column set (net columns, no tags, no product names), header casing varied. */
    static final Path NOVEMBER = DIR.resolve("cur-legacy-2026-11.csv");
    /** CUR 2.0, October 2026: snake-case header, product / resource_tags / cost_category as JSON. */
    static final Path CUR2 = DIR.resolve("cur2-2026-10.csv");

    static final String PAYER = "012345678901";
    static final String LINKED = "098765432109";

    private CurFixtures() {
    }

    /** A gzip copy of {@code file} in {@code dir}, named {@code name}. */
    static Path gzip(Path file, Path dir, String name) {
        Path gz = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz;
    }

    /** {@code text} written to {@code dir/name} as UTF-8. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one frame row of {@code resourceId} on {@code day} with {@code chargeCategory}. */
    static Row row(Table t, String resourceId, LocalDate day, String chargeCategory) {
        Table hits = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo(resourceId)
                .and(t.dateColumn(BillingFrame.CHARGE_PERIOD_START).isEqualTo(day))
                .and(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo(chargeCategory)));
        assertThat(hits.rowCount()).as(resourceId + " " + day + " " + chargeCategory + " in\n" + t.print()).isEqualTo(1);
        return hits.row(0);
    }

    /** The one frame row of service {@code serviceName} on {@code day} with {@code chargeCategory} and no resource. */
    static Row unattributed(Table t, String serviceName, LocalDate day, String chargeCategory) {
        Table hits = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo("")
                .and(t.stringColumn(BillingFrame.SERVICE_NAME).isEqualTo(serviceName))
                .and(t.dateColumn(BillingFrame.CHARGE_PERIOD_START).isEqualTo(day))
                .and(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo(chargeCategory)));
        assertThat(hits.rowCount()).as(serviceName + " " + day + " " + chargeCategory + " in\n" + t.print()).isEqualTo(1);
        return hits.row(0);
    }
}
