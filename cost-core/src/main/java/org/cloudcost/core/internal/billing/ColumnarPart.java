package org.cloudcost.core.internal.billing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cloudcost.core.InputException;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.ColumnarBillingReader;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * The rows of a columnar file that one part of its scan was handed, mapped with a mapper of its
 * own into an aggregator of its own, with what the read report needs from them: the source rows,
 * the exact billed total per currency, the skips by reason and the first failing row. Rows come
 * in no particular order, so each of these is kept so that it does not depend on the order:
 * the first line of a skip reason and the failing row reported are the first in the file.
 * {@link #addTo} adds the parts up, in any order, to the whole.
 *
 * <pre>{@code
 * ColumnarPart part = new ColumnarPart(format, format.bind(header, context), tags);
 * table.scan(scan, List.of(part));
 * part.addTo(aggregator, log, file);
 * }</pre>
 */
final class ColumnarPart implements Consumer<ColumnarBillingReader.Row> {
    private final BillingFormat format;
    private final BillingRowMapper mapper;
    private final int billedColumn;
    private final BillingLineBuffer line;
    private final BillingAggregator aggregator;
    private final Map<String, BigDecimal> source = new LinkedHashMap<>();
    private final Map<String, Skip> skips = new HashMap<>();
    private long dataLines;
    private InputException firstError;

    /** The skipped rows of one reason. */
    private static final class Skip {
        long firstLine = Long.MAX_VALUE;
        long count;
        final Map<String, BigDecimal> cost = new LinkedHashMap<>();
    }

    ColumnarPart(BillingFormat format, BillingRowMapper mapper, TagColumns tags) {
        this.format = format;
        this.mapper = mapper;
        this.billedColumn = mapper.billedCostColumn();
        this.line = new BillingLineBuffer(tags);
        this.aggregator = new BillingAggregator(tags.columns());
    }

    /** Maps one row (a source row, or a group of them); a bad value is kept if it is the first in the file so far. */
    @Override
    public void accept(ColumnarBillingReader.Row row) {
        dataLines += row.sourceRows();
        if (firstError != null && firstError.line() < row.line()) {
            return;
        }
        try {
            add(row);
        } catch (InputException e) {
            firstError = e;
        }
    }

    private void add(ColumnarBillingReader.Row row) {
        BigDecimal exact = row.exactDecimal(billedColumn);
        line.reset();
        mapper.map(row, line);
        String currency = line.dimensions()[BillingLineBuffer.CURRENCY];
        source.merge(currency, exact, BigDecimal::add);
        if (line.skipReason().isPresent()) {
            skip(line.skipReason().get(), row.line(), row.sourceRows(), currency, exact);
            return;
        }
        if (line.chargeDay() == Integer.MIN_VALUE) {
            throw new IllegalStateException(format.id() + " mapper set no charge day at " + row.file() + ":" + row.line());
        }
        if (line.billingPeriodStartDay() == Integer.MIN_VALUE) {
            line.billingPeriodStartDay(firstOfMonth(line.chargeDay()));
        }
        aggregator.add(line, row, billedColumn);
    }

    private void skip(String reason, long at, long sourceRows, String currency, BigDecimal billedCost) {
        Skip s = skips.computeIfAbsent(reason, r -> new Skip());
        s.firstLine = Math.min(s.firstLine, at);
        s.count += sourceRows;
        if (billedCost.signum() != 0) {
            s.cost.merge(currency, billedCost, BigDecimal::add);
        }
    }

    /** The source rows this part was handed. */
    long dataLines() {
        return dataLines;
    }

    /**
     * Adds every part's rows, totals and skips to {@code aggregator} and {@code log}: each skip
     * reason once, at its first line in the file, the reasons in the order of their first lines.
     *
     * @throws InputException the first failing row in the file, of all the parts
     */
    static void addTo(List<ColumnarPart> parts, BillingAggregator aggregator, ReadLog log, String file) {
        InputException first = null;
        for (ColumnarPart p : parts) {
            if (p.firstError != null && (first == null || p.firstError.line() < first.line())) {
                first = p.firstError;
            }
        }
        if (first != null) {
            throw first;
        }
        Map<String, BigDecimal> source = new LinkedHashMap<>();
        Map<String, Skip> skips = new HashMap<>();
        for (ColumnarPart p : parts) {
            aggregator.addAll(p.aggregator);
            p.source.forEach((currency, amount) -> source.merge(currency, amount, BigDecimal::add));
            p.skips.forEach((reason, skip) -> {
                Skip s = skips.computeIfAbsent(reason, r -> new Skip());
                s.firstLine = Math.min(s.firstLine, skip.firstLine);
                s.count += skip.count;
                skip.cost.forEach((currency, cost) -> s.cost.merge(currency, cost, BigDecimal::add));
            });
        }
        source.forEach(log::sourceBilledCost);
        skips.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().firstLine)).forEach(e -> {
            Skip s = e.getValue();
            long count = s.count;
            if (s.cost.isEmpty()) {
                log.skipped(file, s.firstLine, e.getKey(), null, null, count);
            }
            for (Map.Entry<String, BigDecimal> c : s.cost.entrySet()) {
                log.skipped(file, s.firstLine, e.getKey(), c.getKey(), c.getValue(), count);
                count = 0;
            }
        });
    }

    private static int firstOfMonth(int epochDay) {
        return (int) java.time.LocalDate.ofEpochDay(epochDay).withDayOfMonth(1).toEpochDay();
    }
}
