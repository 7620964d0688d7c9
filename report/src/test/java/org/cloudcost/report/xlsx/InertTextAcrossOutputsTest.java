package org.cloudcost.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.report.Report;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** A name or tag {@code =HYPERLINK("http://x","y")} comes out inert in both report.xlsx and findings.csv. */
class InertTextAcrossOutputsTest {
    @TempDir
    Path dir;

    @Test
    void theSameFindingIsTextInTheWorkbookAndNeutralizedInTheCsv() throws Exception {
        CostDataset dataset = WorkbookFixture.dataset(dir, WorkbookFixture.WITH_EFFORT);
        Path out = dir.resolve("out");
        Report.of(WorkbookFixture.run(dataset)).withDataset(dataset).writeAll(out);

        List<List<String>> csv;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.resolve("findings.csv"))) {
            csv = reader.stream().map(CsvRecord::getFields).toList();
        }
        int service = Findings.COLUMNS.indexOf("ServiceName");
        int environment = Findings.COLUMNS.indexOf("Environment");
        List<String> csvNetwork = csv.stream().filter(r -> r.get(0).equals("test-network")).findFirst().orElseThrow();
        assertThat(csvNetwork.get(service)).isEqualTo("'" + WorkbookFixture.INJECTION);
        assertThat(csvNetwork.get(environment)).isEqualTo("'=hyperlink(\"http://x\",\"y\")");

        try (XSSFWorkbook wb = WorkbookFiles.open(out.resolve("report.xlsx"))) {
            Row xlsxNetwork = null;
            for (Row r : wb.getSheet(FindingsLayout.SHEET)) {
                if (r.getCell(0).getStringCellValue().equals("test-network")) {
                    xlsxNetwork = r;
                }
            }
            assertThat(xlsxNetwork).isNotNull();
            assertThat(xlsxNetwork.getCell(service).getCellType()).isEqualTo(CellType.STRING);
            // the workbook keeps the text exactly (a string cell is never a formula); the style's quote prefix guards edits
            assertThat(xlsxNetwork.getCell(service).getStringCellValue()).isEqualTo(WorkbookFixture.INJECTION);
            assertThat(xlsxNetwork.getCell(service).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wb.getSheet(FindingsLayout.SHEET).getHyperlinkList()).isEmpty();
        }
        assertThat(Files.readString(out.resolve("report.md"))).doesNotContain("](http://x");
    }
}
