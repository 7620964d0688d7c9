package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.aliyun.ProductCategories;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;

/** {@code docs/aliyun-bill.md} cannot drift from the code: its product-code table and column names are checked here. */
class AliyunBillDocsTest {
    static final Path DOC = SharedSamples.repoRoot().resolve("docs/aliyun-bill.md");
    static final Pattern PRODUCT_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]+?) \\|$");

    static String doc() throws IOException {
        return Files.readString(DOC);
    }

    @Test
    void theProductCodeTableIsTheCodesTable() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = PRODUCT_ROW.matcher(doc());
        while (m.find()) {
            assertThat(documented.put(m.group(1), m.group(2))).as("listed twice: " + m.group(1)).isNull();
        }
        assertThat(documented).isEqualTo(ProductCategories.table());
    }

    @Test
    void everyColumnNameTheFormatReadsIsDocumented() throws IOException {
        String doc = doc();
        for (BillColumn column : BillColumn.values()) {
            for (String name : column.names()) {
                assertThat(doc).as(column + " " + name).contains(name);
            }
        }
        assertThat(doc).contains("`" + AliyunBillCsvFormat.ID + "`");
    }
}
