package org.cloudcost.core.internal.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.ReadReport;

/** Collects what the readers did, for the {@link ReadReport}. Not thread-safe. */
public final class ReadLog {
    private final List<ReadReport.FileRead> files = new ArrayList<>();
    private final Map<List<String>, Skip> skipped = new LinkedHashMap<>();
    private final Map<String, BigDecimal> source = new HashMap<>();
    private final Map<String, BigDecimal> excluded = new HashMap<>();

    private static final class Skip {
        long count;
        final long firstLine;
        final Map<String, BigDecimal> cost = new HashMap<>();

        Skip(long firstLine) {
            this.firstLine = firstLine;
        }
    }

    /** Records a file read. */
    public void fileRead(String file, String kind, String format, long dataLines, long rows) {
        files.add(new ReadReport.FileRead(file, kind, format, dataLines, rows));
    }

    /** Records a line left out; {@code currency} and {@code billedCost} may be null. */
    public void skipped(String file, long line, String reason, String currency, BigDecimal billedCost) {
        Skip s = skipped.computeIfAbsent(List.of(file, reason), k -> new Skip(line));
        s.count++;
        if (billedCost != null && billedCost.signum() != 0) {
            s.cost.merge(currency, billedCost, BigDecimal::add);
            excluded.merge(currency, billedCost, BigDecimal::add);
        }
    }

    /** Records {@code count} lines left out for one reason, the first of them at {@code line}. */
    public void skipped(String file, long line, String reason, String currency, BigDecimal billedCost, long count) {
        Skip s = skipped.computeIfAbsent(List.of(file, reason), k -> new Skip(line));
        s.count += count;
        if (billedCost != null && billedCost.signum() != 0) {
            s.cost.merge(currency, billedCost, BigDecimal::add);
            excluded.merge(currency, billedCost, BigDecimal::add);
        }
    }

    /** Adds to the exact source total of a currency. */
    public void sourceBilledCost(String currency, BigDecimal amount) {
        source.merge(currency, amount, BigDecimal::add);
    }

    /**
     * Adds everything {@code part} recorded (a part of a file read on its own, whose line
     * numbers count from its first byte) to this log, its lines moved by {@code lineOffset}.
     * Parts must be added in file order, so the first line of each skip reason stays the first.
     */
    public void absorb(ReadLog part, long lineOffset) {
        files.addAll(part.files);
        part.skipped.forEach((key, skip) -> {
            Skip s = skipped.computeIfAbsent(key, k -> new Skip(skip.firstLine + lineOffset));
            s.count += skip.count;
            skip.cost.forEach((currency, cost) -> s.cost.merge(currency, cost, BigDecimal::add));
        });
        part.source.forEach((currency, amount) -> source.merge(currency, amount, BigDecimal::add));
        part.excluded.forEach((currency, amount) -> excluded.merge(currency, amount, BigDecimal::add));
    }

    /** The report of everything recorded so far. */
    public ReadReport toReport() {
        List<ReadReport.SkippedLines> s = new ArrayList<>();
        skipped.forEach((k, v) -> s.add(new ReadReport.SkippedLines(k.get(0), k.get(1), v.count, v.firstLine, v.cost)));
        return new ReadReport(files, s, source, excluded);
    }
}
