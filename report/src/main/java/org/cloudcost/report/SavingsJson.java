package org.cloudcost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;

/** The savings keys of {@code summary.json}, in the order {@link SummaryJsonWriter} documents. */
final class SavingsJson {
    private SavingsJson() {
    }

    static void write(JsonGenerator g, AnalysisResult result) throws IOException {
        SavingsPlan plan = result.plan();
        SummaryJsonWriter.moneyMap(g, "savingsByStrategy", byId(plan.byStrategy()));
        SummaryJsonWriter.money(g, "totalMonthlySavings", plan.totalMonthlySavings());
        g.writeFieldName("savingsPercent");
        g.writeNumber(plan.savingsPercent().setScale(2, RoundingMode.HALF_UP));
        SummaryJsonWriter.money(g, "annualSavings", plan.annualSavings());
        optionalMoney(g, "implementationCost", plan.implementationCost());
        optionalNumber(g, "roiMultiple", plan.roiMultiple(), 1);
        optionalNumber(g, "paybackDays", plan.paybackDays(), 1);
        g.writeNumberField("findingCount", plan.findingCount());
        SummaryJsonWriter.money(g, "totalEffectiveMonthlySavings", plan.totalEffectiveMonthlySavings());
        SummaryJsonWriter.moneyMap(g, "savingsByServiceCategory", plan.byServiceCategory());
        SummaryJsonWriter.moneyMap(g, "savingsByEnvironment", plan.byEnvironment());
        SummaryJsonWriter.moneyMap(g, "savingsByAccount", plan.byAccount());
        SummaryJsonWriter.moneyMap(g, "implementationCostByStrategy", byId(plan.implementationCostByStrategy()));
        forecast(g, result);
        g.writeFieldName("monthScale");
        g.writeNumber(BigDecimal.valueOf(result.monthScale()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
        g.writeStringField("asOf", result.asOf().toString());
        strings(g, "rulesRun", result.rulesRun());
        strings(g, "rulesDisabled", result.rulesDisabled());
        strings(g, "ignoredResources", result.ignoredResources());
        notEvaluated(g, result.notEvaluated());
    }

    private static Map<String, BigDecimal> byId(Map<Strategy, BigDecimal> m) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.id(), v));
        return out;
    }

    private static void optionalMoney(JsonGenerator g, String name, Optional<BigDecimal> v) throws IOException {
        if (v.isPresent()) {
            SummaryJsonWriter.money(g, name, v.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void optionalNumber(JsonGenerator g, String name, Optional<BigDecimal> v, int scale) throws IOException {
        g.writeFieldName(name);
        if (v.isPresent()) {
            g.writeNumber(v.get().setScale(scale, RoundingMode.HALF_UP));
        } else {
            g.writeNull();
        }
    }

    private static void forecast(JsonGenerator g, AnalysisResult result) throws IOException {
        g.writeObjectFieldStart("forecast");
        for (CategoryForecast f : result.forecast().all()) {
            g.writeObjectFieldStart(f.category());
            g.writeStringField("month", f.month().toString());
            SummaryJsonWriter.money(g, "expected", f.expected());
            SummaryJsonWriter.money(g, "low", f.low());
            SummaryJsonWriter.money(g, "high", f.high());
            g.writeStringField("method", f.method());
            g.writeNumberField("daysUsed", f.daysUsed());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void notEvaluated(JsonGenerator g, Map<String, List<Skip>> byRule) throws IOException {
        g.writeObjectFieldStart("notEvaluated");
        for (Map.Entry<String, List<Skip>> e : byRule.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("count", e.getValue().size());
            g.writeArrayFieldStart("resources");
            for (Skip s : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("resourceId", s.resourceId());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
