package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.CostDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted text stays text: a tag or name like {@code =HYPERLINK("http://x","y")} is a string
 * cell (quote-prefixed, so editing it in Excel does not run it either), never a formula or a link.
 */
class FinanceWorkbookTextTest {
    @TempDir
    static Path dir;

    private static Path file;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        file = FinanceWorkbook.of(WorkbookFixture.run(dataset)).withDataset(dataset).withRules(WorkbookFixture.rules())
                .withPriceCatalogs(WorkbookFixture.CATALOGS).write(dir.resolve("report.xlsx"));
        wb = WorkbookFiles.open(file);
    }

    private static List<Cell> cellsContaining(String text) {
        List<Cell> out = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(text)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aTagOrNameThatIsAFormulaIsAQuotePrefixedStringCell() {
        List<Cell> cells = cellsContaining("HYPERLINK");
        cells.addAll(cellsContaining("hyperlink"));

        // ServiceName on Findings and Spend, the environment on Findings and Spend
        assertThat(cells).extracting(c -> c.getSheet().getSheetName()).contains("Findings", "Spend");
        assertThat(cells).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cells).extracting(Cell::getStringCellValue).contains(WorkbookFixture.INJECTION,
                "=hyperlink(\"http://x\",\"y\")");
        for (Cell c : cells) {
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getCellStyle().getQuotePrefixed()).as(WorkbookFiles.where(c)).isTrue();
        }
    }

    @Test
    void noFormulaAndNoLinkComesFromTheData() {
        for (Cell c : WorkbookFiles.formulaCells(wb)) {
            assertThat(c.getCellFormula()).as(WorkbookFiles.where(c)).doesNotContainIgnoringCase("HYPERLINK")
                    .doesNotContain("SUM(1+1)");
        }
        for (Sheet sheet : wb) {
            assertThat(((XSSFSheet) sheet).getHyperlinkList()).as(sheet.getSheetName()).isEmpty();
        }
    }

    @Test
    void theSheetXmlHoldsTheTagAsInlineTextNotAsAFormula() throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String findings = null;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        if (xml.contains("<is><t>test-network</t></is>")) {
                            findings = xml;
                        }
                    }
                }
            }
            assertThat(findings).isNotNull();
            assertThat(findings).contains("<is><t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is>")
                    .doesNotContain("<f>");
            assertThat(zip.getEntry("xl/externalLinks/externalLink1.xml")).isNull();
        }
    }

    @Test
    void otherFormulaTriggersAreQuotePrefixedToo() {
        for (String start : List.of("@SUM(1+1)", "+peak", "-Move")) {
            List<Cell> cells = cellsContaining(start);
            assertThat(cells).as(start).isNotEmpty();
            assertThat(cells).allSatisfy(c -> {
                assertThat(c.getStringCellValue()).startsWith(start);
                assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            });
        }
        assertThat(cellsContaining("test-cleanup")).allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed()).isFalse());
    }

    @Test
    void aCharacterXmlCannotHoldBecomesAReplacementCharacter() {
        assertThat(cellsContaining("in the log")).extracting(Cell::getStringCellValue).containsExactly("saw \uFFFD in the log");
    }
}
