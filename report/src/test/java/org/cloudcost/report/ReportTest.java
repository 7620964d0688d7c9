package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade over every output (figures in {@link TestAnalyses}). */
class ReportTest {
    @TempDir
    Path dir;

    private static List<String> names(Path outDir, List<Path> files) {
        return files.stream().map(f -> outDir.relativize(f).toString().replace('\\', '/')).toList();
    }

    @Test
    void theWarmUpChangesNoOutputAndHasEndedWhenTheWritesReturn() throws Exception {
        CostDataset dataset = TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT);
        AnalysisResult result = TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT);
        List<Path> cold = Report.of(result).withDataset(dataset).writeAll(dir.resolve("cold"));

        Report.warmUp();
        Report.warmUp(); // a second call does nothing
        List<Path> warm = Report.of(result).withDataset(dataset).writeAll(dir.resolve("warm"));

        // the writes wait for the warm-up (OutputWarmUp.await), so its thread is gone by now
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("cloudcost-report-warm-up");
        assertThat(names(dir.resolve("warm"), warm)).isEqualTo(names(dir.resolve("cold"), cold));
        for (int i = 0; i < cold.size(); i++) {
            if (!cold.get(i).toString().endsWith(".xlsx")) { // a workbook records when it was made
                assertThat(warm.get(i)).as(warm.get(i).toString()).hasSameBinaryContentAs(cold.get(i));
            }
        }
    }

    @Test
    void writeAllWritesEveryOutputOfFormatsSection3InOrder() throws Exception {
        CostDataset dataset = TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT);
        AnalysisResult result = TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT);
        Path out = dir.resolve("out");

        List<Path> files = Report.of(result).withDataset(dataset).writeAll(out);

        List<String> names = names(out, files);
        assertThat(names.subList(0, 3)).containsExactly("findings.csv", "summary.json", "report.xlsx");
        assertThat(names.get(names.size() - 1)).isEqualTo("report.md");
        assertThat(names.subList(3, names.size() - 1)).isNotEmpty().allMatch(n -> n.startsWith("charts/") && n.endsWith(".png"));
        assertThat(files).allMatch(Files::isRegularFile);
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(SummaryJsonWriter.toJson(result, dataset.readReport()));
        assertThat(Files.readAllLines(out.resolve("findings.csv"))).hasSize(result.findings().size() + 1);
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(wb.getSheet("Data quality").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Data quality");
        }
        BufferedImage png = ImageIO.read(files.get(3).toFile());
        assertThat(png.getWidth()).isPositive();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("charts/" + files.get(3).getFileName());
    }

    @Test
    void withoutTheDatasetTheSummaryHasNoReadReportButEveryFigure() throws Exception {
        AnalysisResult result = TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT);
        Path out = dir.resolve("alone");

        List<Path> files = Report.of(result).writeAll(out);

        assertThat(names(out, files)).contains("findings.csv", "summary.json", "report.xlsx", "report.md");
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(SummaryJsonWriter.toJson(result, ReadReport.empty()))
                .contains("\"totalMonthlySavings\": 837.00");
    }

    @Test
    void eachOutputCanBeWrittenAlone() throws Exception {
        AnalysisResult result = TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT);
        Report report = Report.of(result);

        Path xlsx = report.writeXlsx(dir.resolve("a/book.xlsx"));
        List<Path> charts = report.writeCharts(dir.resolve("a/png"));
        Path md = report.writeMarkdown(dir.resolve("a/r.md"), dir.resolve("a/png"));

        assertThat(xlsx).isEqualTo(dir.resolve("a/book.xlsx")).isRegularFile();
        assertThat(charts).isNotEmpty().allMatch(p -> p.getParent().equals(dir.resolve("a/png")));
        assertThat(Files.readString(md)).contains("png/");
        assertThat(report.toString()).contains("2026-10", "4 findings", "without dataset");
    }
}
