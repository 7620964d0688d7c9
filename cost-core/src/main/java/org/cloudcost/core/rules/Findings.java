package org.cloudcost.core.rules;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The findings of an analysis, largest saving first, as a list and as a Tablesaw table with the
 * {@code findings.csv} columns of FORMATS.md §3. Immutable.
 *
 * <pre>{@code
 * Findings findings = dataset.analyze().findings();
 * findings.top(10).print();
 * findings.forRule("idle-compute").size();
 * findings.table().summarize("EstimatedMonthlySavings", sum).by("Strategy").print();
 * }</pre>
 */
public final class Findings implements Iterable<Finding> {
    /** The columns of {@link #table()}: FORMATS.md §3 in order, then the extra ones. */
    public static final List<String> COLUMNS = List.of("RuleId", "Strategy", "ResourceId", "ResourceType",
            "ServiceCategory", "ServiceName", "RegionId", "SubAccountId", "Environment", "MonthlyCost",
            "EstimatedMonthlySavings", "Currency", "Action", "Reason", "Confidence", "StandaloneMonthlySavings",
            "EffectiveMonthlyCost");

    private final List<Finding> list;

    private Findings(List<Finding> list) {
        this.list = List.copyOf(list);
    }

    /** Exactly these findings, in this order. */
    public static Findings of(List<Finding> findings) {
        return new Findings(findings);
    }

    /** The findings as a list. */
    public List<Finding> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public Finding get(int index) {
        return list.get(index);
    }

    public Stream<Finding> stream() {
        return list.stream();
    }

    @Override
    public Iterator<Finding> iterator() {
        return list.iterator();
    }

    /** The first {@code n} (the largest savings). */
    public Findings top(int n) {
        return new Findings(list.subList(0, Math.min(n, list.size())));
    }

    /** Those matching {@code filter}. */
    public Findings where(Predicate<Finding> filter) {
        return new Findings(list.stream().filter(filter).toList());
    }

    /** Those of one rule. */
    public Findings forRule(String ruleId) {
        return where(f -> f.ruleId().equals(ruleId));
    }

    /** Those about one resource. */
    public Findings forResource(String resourceId) {
        return where(f -> f.resourceId().equals(resourceId));
    }

    /** Sum of the de-duplicated monthly savings. */
    public BigDecimal totalMonthlySavings() {
        return list.stream().map(Finding::estimatedMonthlySavings).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The findings as a table with {@link #COLUMNS}; amounts as doubles. */
    public Table table() {
        Table t = Table.create("findings");
        for (String c : COLUMNS) {
            t.addColumns(switch (c) {
                case "MonthlyCost", "EstimatedMonthlySavings", "StandaloneMonthlySavings", "EffectiveMonthlyCost" ->
                        DoubleColumn.create(c);
                default -> StringColumn.create(c);
            });
        }
        for (Finding f : list) {
            t.stringColumn("RuleId").append(f.ruleId());
            t.stringColumn("Strategy").append(f.strategy().id());
            t.stringColumn("ResourceId").append(f.resourceId());
            t.stringColumn("ResourceType").append(f.resourceType());
            t.stringColumn("ServiceCategory").append(f.serviceCategory());
            t.stringColumn("ServiceName").append(f.serviceName());
            t.stringColumn("RegionId").append(f.regionId());
            t.stringColumn("SubAccountId").append(f.subAccountId());
            t.stringColumn("Environment").append(f.environment());
            t.doubleColumn("MonthlyCost").append(f.monthlyCost().doubleValue());
            t.doubleColumn("EstimatedMonthlySavings").append(f.estimatedMonthlySavings().doubleValue());
            t.stringColumn("Currency").append(f.currency());
            t.stringColumn("Action").append(f.action());
            t.stringColumn("Reason").append(f.reason());
            t.stringColumn("Confidence").append(f.confidence().name());
            t.doubleColumn("StandaloneMonthlySavings").append(f.standaloneMonthlySavings().doubleValue());
            t.doubleColumn("EffectiveMonthlyCost").append(f.effectiveMonthlyCost().doubleValue());
        }
        return t;
    }

    /** The first rows as a text table: rule, resource, saving, action. */
    public String print() {
        Table t = table().selectColumns("RuleId", "ResourceId", "MonthlyCost", "EstimatedMonthlySavings", "Confidence", "Action");
        return t.print();
    }

    @Override
    public String toString() {
        return "Findings: " + list.size() + ", saving " + totalMonthlySavings().setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "/month";
    }
}
