package org.cloudcost.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;

/**
 * Writes {@code findings.csv} (FORMATS.md §3): one row per finding, largest saving first, in
 * UTF-8 with a header. Columns: {@code RuleId, Strategy, ResourceId, ResourceType,
 * ServiceCategory, ServiceName, RegionId, SubAccountId, Environment, MonthlyCost,
 * EstimatedMonthlySavings, Currency, Action, Reason, Confidence}, then
 * {@code StandaloneMonthlySavings} (the rule's own figure before de-duplication) and
 * {@code EffectiveMonthlyCost}. Money is rounded to cents (half up) here, so a column's sum may
 * differ from {@code summary.json}'s total by a few cents of rounding. Text that could run as a
 * spreadsheet formula is neutralized.
 *
 * <pre>{@code
 * FindingsCsvWriter.write(result.findings(), out.resolve(FindingsCsvWriter.FILE_NAME));
 * }</pre>
 */
public final class FindingsCsvWriter {
    /** The file name FORMATS.md gives the findings. */
    public static final String FILE_NAME = "findings.csv";

    private FindingsCsvWriter() {
    }

    /**
     * Writes the findings to {@code file}, creating its folder if needed.
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public static Path write(Findings findings, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", Findings.COLUMNS));
            w.write("\r\n");
            for (Finding f : findings) {
                w.write(row(f));
                w.write("\r\n");
            }
        }
        return file;
    }

    /** One finding as a CSV line without its line break. */
    static String row(Finding f) {
        return String.join(",", CsvCells.text(f.ruleId()), CsvCells.text(f.strategy().id()), CsvCells.text(f.resourceId()),
                CsvCells.text(f.resourceType()), CsvCells.text(f.serviceCategory()), CsvCells.text(f.serviceName()),
                CsvCells.text(f.regionId()), CsvCells.text(f.subAccountId()), CsvCells.text(f.environment()),
                money(f.monthlyCost()), money(f.estimatedMonthlySavings()), CsvCells.text(f.currency()),
                CsvCells.text(f.action()), CsvCells.text(f.reason()), CsvCells.text(f.confidence().name()),
                money(f.standaloneMonthlySavings()), money(f.effectiveMonthlyCost()));
    }

    private static String money(BigDecimal v) {
        return CsvCells.number(v.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
