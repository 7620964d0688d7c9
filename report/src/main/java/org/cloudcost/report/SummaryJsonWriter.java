package org.cloudcost.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Writes {@code summary.json}, the headline figures of FORMATS.md §3, from a spend summary
 * and the read report:
 *
 * <pre>{@code
 * SummaryJsonWriter.write(dataset.spend(), dataset.readReport(), out.resolve(SummaryJsonWriter.FILE_NAME));
 * }</pre>
 *
 * <p>Keys, always in this order: {@code currency}, {@code billingPeriod},
 * {@code totalBilledCost}, {@code totalEffectiveCost}, {@code totalListCost},
 * {@code spendByServiceCategory} (FOCUS names), {@code spendByService},
 * {@code spendBySubAccount}, {@code spendByChargeCategory}, {@code dailySpend},
 * {@code exchangeRates}, {@code reconciliation} (sourceBilledCost, reportedBilledCost,
 * excludedBilledCost, difference, reconciled) and {@code dataQuality} (files read, lines
 * skipped and why). Breakdowns keep the summary's order (largest first; days ascending).
 * Money is rounded to cents (half up) here and only here, and written as exact JSON numbers;
 * exchange rates are written unrounded.
 *
 * <p>With an {@link AnalysisResult} ({@link #write(AnalysisResult, ReadReport, Path)}), the savings
 * keys of FORMATS.md §3 follow {@code exchangeRates}: {@code savingsByStrategy} (every saving
 * strategy, zero when nothing was found), {@code totalMonthlySavings}, {@code savingsPercent}
 * (two decimals), {@code annualSavings}, {@code implementationCost}, {@code roiMultiple} and
 * {@code paybackDays} ({@code null} when the configuration gives no effort: "not computed",
 * never zero), {@code findingCount}, then {@code totalEffectiveMonthlySavings},
 * {@code savingsByServiceCategory}, {@code savingsByEnvironment}, {@code savingsByAccount},
 * {@code implementationCostByStrategy}, {@code forecast} (next month per category and in total,
 * with the 95 % interval and method), {@code monthScale}, {@code asOf}, {@code rulesRun},
 * {@code rulesDisabled}, {@code ignoredResources} and {@code notEvaluated} (per rule: count and
 * the resources with reasons). {@code dataQuality} then also carries the analysis notes.
 */
public final class SummaryJsonWriter {
    /** The file name FORMATS.md gives the summary. */
    public static final String FILE_NAME = "summary.json";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private SummaryJsonWriter() {
    }

    /**
     * Writes the summary to {@code file} in UTF-8, creating its folder if needed.
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public static Path write(SpendSummary spend, ReadReport readReport, Path file) throws IOException {
        return writeText(toJson(spend, readReport), file);
    }

    /**
     * Writes the summary with the savings keys of an analysis to {@code file}.
     *
     * @return {@code file}
     * @throws IOException when the file cannot be written
     */
    public static Path write(AnalysisResult result, ReadReport readReport, Path file) throws IOException {
        return writeText(toJson(result, readReport), file);
    }

    private static Path writeText(String json, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The summary as pretty-printed JSON text, ending with a newline. */
    public static String toJson(SpendSummary spend, ReadReport readReport) {
        return toJson(spend, null, readReport);
    }

    /** The summary with the savings keys, as pretty-printed JSON text, ending with a newline. */
    public static String toJson(AnalysisResult result, ReadReport readReport) {
        return toJson(result.spend(), result, readReport);
    }

    private static String toJson(SpendSummary spend, AnalysisResult result, ReadReport readReport) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("currency", spend.currency());
            g.writeStringField("billingPeriod", spend.billingPeriod());
            money(g, "totalBilledCost", spend.totalBilledCost());
            money(g, "totalEffectiveCost", spend.totalEffectiveCost());
            money(g, "totalListCost", spend.totalListCost());
            moneyMap(g, "spendByServiceCategory", spend.byServiceCategory());
            moneyMap(g, "spendByService", spend.byService());
            moneyMap(g, "spendBySubAccount", spend.bySubAccount());
            moneyMap(g, "spendByChargeCategory", spend.byChargeCategory());
            moneyMap(g, "dailySpend", spend.daily());
            rates(g, spend.exchangeRates());
            if (result != null) {
                SavingsJson.write(g, result);
            }
            reconciliation(g, spend.reconciliation());
            dataQuality(g, readReport, result == null ? java.util.List.of() : result.notes());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void reconciliation(JsonGenerator g, Reconciliation r) throws IOException {
        g.writeObjectFieldStart("reconciliation");
        money(g, "sourceBilledCost", r.sourceBilledCost());
        money(g, "reportedBilledCost", r.reportedBilledCost());
        money(g, "excludedBilledCost", r.excludedBilledCost());
        money(g, "difference", r.difference());
        g.writeBooleanField("reconciled", r.reconciled());
        g.writeEndObject();
    }

    private static void dataQuality(JsonGenerator g, ReadReport report, java.util.List<String> notes) throws IOException {
        g.writeObjectFieldStart("dataQuality");
        g.writeNumberField("linesRead", report.linesRead());
        g.writeNumberField("linesSkipped", report.linesSkipped());
        g.writeArrayFieldStart("files");
        for (ReadReport.FileRead f : report.files()) {
            g.writeStartObject();
            g.writeStringField("file", f.file());
            g.writeStringField("kind", f.kind());
            g.writeStringField("format", f.format());
            g.writeNumberField("dataLines", f.dataLines());
            g.writeNumberField("rows", f.rows());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (ReadReport.SkippedLines s : report.skipped()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("reason", s.reason());
            g.writeNumberField("lines", s.count());
            g.writeNumberField("firstLine", s.firstLine());
            moneyMap(g, "billedCost", new TreeMap<>(s.billedCost()));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!notes.isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String n : notes) {
                g.writeString(n);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void rates(JsonGenerator g, Map<String, BigDecimal> rates) throws IOException {
        g.writeObjectFieldStart("exchangeRates");
        for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeNumber(e.getValue());
        }
        g.writeEndObject();
    }

    static void moneyMap(JsonGenerator g, String name, Map<String, BigDecimal> amounts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            money(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void money(JsonGenerator g, String name, BigDecimal amount) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
