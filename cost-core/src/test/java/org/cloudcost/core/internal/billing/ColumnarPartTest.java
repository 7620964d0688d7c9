package org.cloudcost.core.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.cloudcost.core.InputException;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;

/**
 * The parts of a columnar scan add up to what one part handed every row gives, whichever part
 * got which row and in whatever order: the frame, the exact source total per currency, each skip
 * reason at its first line with its count and cost, and, of the failing rows, the first in the file.
 */
class ColumnarPartTest {
    private static final int COST = 0, CURRENCY = 1, RESOURCE = 2;
    private static final int DAY = (int) LocalDate.of(2026, 10, 3).toEpochDay();

    /** cost, currency, resource ("skip:<reason>" to skip, "bad" to fail), the row's line in the file; sourceRows 2. */
    private record Row(String cost, String currency, String resource, long line) implements ColumnarBillingReader.Row {
        String cell(int column) {
            return switch (column) {
                case COST -> cost;
                case CURRENCY -> currency;
                case RESOURCE -> resource;
                default -> throw new IllegalStateException("column " + column);
            };
        }

        @Override public long sourceRows() { return 2; }
        @Override public BigDecimal exactDecimal(int column) { return new BigDecimal(cell(column)); }
        @Override public String file() { return "f.parquet"; }
        @Override public boolean isAbsent(int column) { return cell(column).isEmpty(); }
        @Override public String text(int column) { return cell(column); }
        @Override public boolean equalsIgnoreCase(int column, String literal) { return cell(column).equalsIgnoreCase(literal); }
        @Override public double decimal(int column) { return Double.parseDouble(cell(column)); }
        @Override public double decimalOr(int column, double fallback) { return isAbsent(column) ? fallback : decimal(column); }
        @Override public long epochSecond(int column, ZoneId zone) { return DAY * 86_400L; }
        @Override public int epochDay(int column, ZoneId zone) { return DAY; }
        @Override public InputException error(int column, String problem) {
            return new InputException(file(), line, column + 1, null, problem);
        }
    }

    private static final BillingFormat FORMAT = new BillingFormat() {
        @Override public String id() { return "test"; }
        @Override public String description() { return "test rows"; }
        @Override public boolean matches(CsvHeader header) { return true; }
        @Override public BillingRowMapper bind(CsvHeader header, BillingContext context) {
            return BillingRowMapper.of(COST, (row, line) -> {
                String resource = row.text(RESOURCE);
                if (resource.equals("bad")) {
                    throw row.error(RESOURCE, "bad resource");
                }
                line.currency(row.text(CURRENCY)).resourceId(resource).chargeDay(DAY).billedCost(row.decimal(COST));
                if (resource.startsWith("skip:")) {
                    line.skip(resource.substring(5));
                }
            });
        }
    };

    private static final List<Row> ROWS = List.of(
            new Row("1.10", "USD", "i-1", 9),
            new Row("2.25", "USD", "skip:credit", 7),
            new Row("0.05", "EUR", "skip:credit", 3),
            new Row("4.00", "USD", "i-2", 1),
            new Row("0.00", "USD", "skip:zero", 5),
            new Row("3.30", "EUR", "i-1", 11),
            new Row("1.00", "USD", "skip:credit", 13));

    private static ColumnarPart part() {
        return new ColumnarPart(FORMAT, FORMAT.bind(new CsvHeader("f.parquet", List.of("c", "u", "r")), null), TagColumns.defaults());
    }

    /** Rows {@code i} with {@code i % parts == slice} (in reverse when {@code reversed}) to part {@code slice}, added up. */
    private static ReadReport read(List<Row> rows, int parts, boolean reversed, BillingAggregator aggregator) {
        List<ColumnarPart> all = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            all.add(part());
        }
        for (int k = 0; k < rows.size(); k++) {
            int i = reversed ? rows.size() - 1 - k : k;
            all.get(i % parts).accept(rows.get(i));
        }
        ReadLog log = new ReadLog();
        ColumnarPart.addTo(all, aggregator, log, "f.parquet");
        return log.toReport();
    }

    @Test
    void partsAddUpToOnePartThatHadEveryRow() {
        BillingAggregator oneAggregator = new BillingAggregator(TagColumns.defaults().columns());
        ReadReport one = read(ROWS, 1, false, oneAggregator);
        BillingAggregator threeAggregator = new BillingAggregator(TagColumns.defaults().columns());
        ReadReport three = read(ROWS, 3, true, threeAggregator);

        assertThat(one.skipped()).extracting(ReadReport.SkippedLines::reason, ReadReport.SkippedLines::firstLine,
                        ReadReport.SkippedLines::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credit", 3L, 6L), org.assertj.core.groups.Tuple.tuple("zero", 5L, 2L));
        assertThat(three.skipped()).isEqualTo(one.skipped());
        assertThat(one.skipped().get(0).billedCost()).containsOnlyKeys("USD", "EUR");
        assertThat(one.skipped().get(0).billedCost().get("USD")).isEqualByComparingTo("3.25");
        assertThat(one.skipped().get(1).billedCost()).as("a zero cost is no cost").isEmpty();
        assertThat(three.sourceBilledCost()).isEqualTo(one.sourceBilledCost());
        assertThat(one.sourceBilledCost().get("USD")).isEqualByComparingTo("8.35");
        assertThat(one.sourceBilledCost().get("EUR")).isEqualByComparingTo("3.35");
        assertThat(threeAggregator.size()).isEqualTo(oneAggregator.size()).isEqualTo(3);
        assertThat(threeAggregator.toFrame().table().toString()).isEqualTo(oneAggregator.toFrame().table().toString());
    }

    @Test
    void ofTheFailingRowsOfAllPartsTheFirstInTheFileIsThrown() {
        List<Row> rows = new java.util.ArrayList<>(ROWS);
        rows.add(new Row("1", "USD", "bad", 12));
        rows.add(new Row("1", "USD", "bad", 6));
        rows.add(new Row("1", "USD", "bad", 8));

        for (boolean reversed : new boolean[] {false, true}) {
            assertThatThrownBy(() -> read(rows, 3, reversed, new BillingAggregator(TagColumns.defaults().columns())))
                    .isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(6));
        }
    }

    @Test
    void eachPartCountsTheSourceRowsItWasHanded() {
        ColumnarPart a = part();
        ColumnarPart b = part();
        ROWS.subList(0, 3).forEach(a);
        ROWS.subList(3, ROWS.size()).forEach(b);

        assertThat(a.dataLines() + b.dataLines()).isEqualTo(2L * ROWS.size());
        assertThat(a.dataLines()).isEqualTo(6);
    }
}
