package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.aws.cur.internal.CurColumn;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;

/** {@code docs/aws-cur.md} cannot drift from the code: its product-code table and column names are checked here. */
class AwsCurDocsTest {
    static final Path DOC = SharedSamples.repoRoot().resolve("docs/aws-cur.md");
    static final Pattern PRODUCT_ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]+?) \\|$");

    static String doc() throws IOException {
        return Files.readString(DOC);
    }

    /** The text of the section under {@code heading}, up to the next section. */
    static String section(String doc, String heading) {
        int start = doc.indexOf("\n## " + heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    @Test
    void theProductCodeTableIsTheCodesTable() throws IOException {
        Map<String, String> documented = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Matcher m = PRODUCT_ROW.matcher(section(doc(), "Product codes"));
        while (m.find()) {
            assertThat(documented.put(m.group(1), m.group(2))).as("listed twice: " + m.group(1)).isNull();
        }
        assertThat(documented).isEqualTo(AwsServiceCategories.table());
        for (var families : java.util.List.of(AwsServiceCategories.EC2_STORAGE_FAMILIES, AwsServiceCategories.EC2_NETWORK_FAMILIES)) {
            assertThat(doc()).contains(families.stream().map(f -> "`" + f + "`").toArray(String[]::new));
        }
    }

    @Test
    void everyColumnNameTheFormatsReadIsDocumented() throws IOException {
        String doc = doc();
        for (CurColumn column : CurColumn.values()) {
            if (column.legacyName() != null) {
                assertThat(doc).as(column + " legacy").contains("`" + column.legacyName() + "`");
            }
            assertThat(doc).as(column + " CUR 2.0").contains("`" + column.cur2Names().get(0) + "`");
        }
        assertThat(doc).contains("`" + CurCsvFormat.ID + "`", "`" + Cur2CsvFormat.ID + "`");
    }
}
