package org.cloudcost.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.csv.CsvTokenizer;
import org.cloudcost.core.internal.csv.TokenizedRow;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

/**
 * One way of reading a FOCUS CSV into the sum of BilledCost by (ResourceId, ServiceName,
 * charge day). Each reads the file from the start, single-threaded, and returns an
 * {@link Outcome}; nothing is cached between runs.
 */
abstract class Approach {
    static final String RESOURCE_ID = "ResourceId";
    static final String SERVICE_NAME = "ServiceName";
    static final String CHARGE_PERIOD_START = "ChargePeriodStart";
    static final String BILLED_COST = "BilledCost";

    private final String id;
    private final String label;

    Approach(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    abstract Outcome run(Path file) throws Exception;

    /** Every approach, in the order they run within a repetition. */
    static List<Approach> all() {
        return List.of(new Cloudcost(), new Tokenizer(), new TokenizeOnly(), new FastCsvRecord(), new FastCsvHandler(), new FastCsvScanOnly(),
                new JacksonArray(), new JacksonStream(), new Tablesaw());
    }

    /** The column indexes the aggregation needs, looked up in a header. */
    record Columns(int resourceId, int serviceName, int chargeStart, int billed) {
        static Columns of(List<String> header) {
            return new Columns(index(header, RESOURCE_ID), index(header, SERVICE_NAME), index(header, CHARGE_PERIOD_START),
                    index(header, BILLED_COST));
        }

        private static int index(List<String> header, String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
    }

    // ---------------------------------------------------------------------------------------

    /**
     * (a) cloudcost's whole billing reader, as a user calls it: tokenizer, FOCUS mapper (all 18
     * frame dimensions, the three default tag columns from the JSON Tags, exact source total)
     * and the BillingAggregator into a BillingFrame; then that frame (one row per resource ×
     * SKU × tags × … × day) regrouped to the benchmark's coarser key.
     */
    static final class Cloudcost extends Approach {
        Cloudcost() {
            super("cloudcost", "cloudcost reader: `CostDataset.read().billing(f).load()` + regroup of the frame");
        }

        @Override
        Outcome run(Path file) {
            CostDataset ds = CostDataset.read().billing(file).load();
            long regroupStart = System.nanoTime();
            Table t = ds.billing().table();
            StringColumn res = t.stringColumn(BillingFrame.RESOURCE_ID);
            StringColumn svc = t.stringColumn(BillingFrame.SERVICE_NAME);
            DateColumn day = t.dateColumn(BillingFrame.CHARGE_PERIOD_START);
            DoubleColumn billed = t.doubleColumn(BillingFrame.BILLED_COST);
            GroupSums g = new GroupSums();
            for (int i = 0; i < t.rowCount(); i++) {
                g.add(res.get(i), svc.get(i), (int) day.get(i).toEpochDay(), billed.getDouble(i));
            }
            Map<String, java.math.BigDecimal> exact = ds.readReport().sourceBilledCost();
            Outcome o = g.outcome(ds.readReport().linesRead());
            return o.with(exact.size() == 1 ? exact.values().iterator().next() : null, String.format(Locale.ROOT,
                    "frame rows %,d; regrouping them took %.2f s", t.rowCount(), (System.nanoTime() - regroupStart) / 1e9));
        }
    }

    /**
     * (b) cost-core's CsvTokenizer and TokenizedRow alone (dictionary strings, in-place decimal
     * and timestamp parsing) feeding the minimal aggregation: the tokenizer's share of (a).
     */
    static final class Tokenizer extends Approach {
        Tokenizer() {
            super("tokenizer", "cloudcost CsvTokenizer + TokenizedRow, minimal aggregation");
        }

        @Override
        Outcome run(Path file) throws Exception {
            GroupSums g = new GroupSums();
            long lines = 0;
            try (CsvTokenizer tok = new CsvTokenizer(Files.newInputStream(file), file.toString(), ',')) {
                CsvHeader header = new CsvHeader(file.toString(), headerNames(tok));
                TokenizedRow row = new TokenizedRow(tok, header, StandardCharsets.UTF_8);
                Columns c = Columns.of(header.names());
                while (tok.next()) {
                    if (tok.isBlankLine()) {
                        continue;
                    }
                    lines++;
                    g.add(row.text(c.resourceId()), row.text(c.serviceName()),
                            row.epochDay(c.chargeStart(), ZoneOffset.UTC), row.decimal(c.billed()));
                }
            }
            return g.outcome(lines);
        }
    }

    /** (b0) CsvTokenizer finding record and field boundaries only: the floor under (a) and (b). */
    static final class TokenizeOnly extends Approach {
        TokenizeOnly() {
            super("tokenize-only", "cloudcost CsvTokenizer, boundaries only (no values, no aggregate)");
        }

        @Override
        Outcome run(Path file) throws Exception {
            long lines = 0;
            long fields = 0;
            try (CsvTokenizer tok = new CsvTokenizer(Files.newInputStream(file), file.toString(), ',')) {
                headerNames(tok);
                while (tok.next()) {
                    if (!tok.isBlankLine()) {
                        lines++;
                        fields += tok.fieldCount();
                    }
                }
            }
            return Outcome.linesOnly(lines, "fields " + fields);
        }
    }

    private static List<String> headerNames(CsvTokenizer tok) {
        if (!tok.next()) {
            throw new IllegalArgumentException(tok.fileName() + ": empty file");
        }
        List<String> names = new ArrayList<>(tok.fieldCount());
        for (int i = 0; i < tok.fieldCount(); i++) {
            names.add(new String(tok.buffer(), tok.start(i), tok.end(i) - tok.start(i), StandardCharsets.UTF_8));
        }
        return names;
    }

    /** (c) FastCSV's record API: a {@code String} for every field, {@link Double#parseDouble}. */
    static final class FastCsvRecord extends Approach {
        FastCsvRecord() {
            super("fastcsv-record", "FastCSV 4.1.0 `ofCsvRecord(path)` (a String per field) + parseDouble");
        }

        @Override
        Outcome run(Path file) throws Exception {
            GroupSums g = new GroupSums();
            long lines = 0;
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
                Iterator<CsvRecord> it = csv.iterator();
                Columns c = Columns.of(it.next().getFields());
                while (it.hasNext()) {
                    CsvRecord r = it.next();
                    lines++;
                    g.add(GroupSums.absentAsEmpty(r.getField(c.resourceId())), GroupSums.absentAsEmpty(r.getField(c.serviceName())),
                            Days.epochDay(r.getField(c.chargeStart())), Double.parseDouble(r.getField(c.billed())));
                }
            }
            return g.outcome(lines);
        }
    }

    /**
     * (c2) FastCSV with a callback handler that turns only the four needed fields into strings:
     * FastCSV used as well as its API allows (it still decodes every byte to a char).
     */
    static final class FastCsvHandler extends Approach {
        FastCsvHandler() {
            super("fastcsv-handler", "FastCSV 4.1.0 callback handler keeping only the 4 needed fields");
        }

        @Override
        Outcome run(Path file) throws Exception {
            GroupSums g = new GroupSums();
            long lines = 0;
            NeededFields handler = new NeededFields();
            try (CsvReader<NeededFields> csv = CsvReader.builder().build(handler, file)) {
                Iterator<NeededFields> it = csv.iterator();
                it.next(); // the header: the handler learns the columns
                while (it.hasNext()) {
                    NeededFields r = it.next();
                    lines++;
                    g.add(GroupSums.absentAsEmpty(r.values[0]), GroupSums.absentAsEmpty(r.values[1]), r.day,
                            Double.parseDouble(r.values[3]));
                }
            }
            return g.outcome(lines);
        }

        /** Keeps ResourceId, ServiceName (as strings), the charge day (parsed from chars) and BilledCost. */
        static final class NeededFields extends AbstractBaseCsvCallbackHandler<NeededFields> {
            final String[] values = new String[4];
            int day;
            private int[] slotOf; // column -> 0..3, or -1; null while reading the header
            private final List<String> header = new ArrayList<>();

            @Override
            protected void handleBegin(long startingLineNumber) {
                Arrays.fill(values, null);
                day = Integer.MIN_VALUE;
            }

            @Override
            protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
                if (slotOf == null) {
                    header.add(new String(buf, offset, len));
                    return;
                }
                int slot = fieldIdx < slotOf.length ? slotOf[fieldIdx] : -1;
                if (slot == 2) {
                    day = Days.epochDay(buf, offset, len);
                } else if (slot >= 0) {
                    values[slot] = new String(buf, offset, len);
                }
            }

            @Override
            protected NeededFields buildRecord() {
                if (slotOf == null) {
                    Columns c = Columns.of(header);
                    slotOf = new int[header.size()];
                    Arrays.fill(slotOf, -1);
                    slotOf[c.resourceId()] = 0;
                    slotOf[c.serviceName()] = 1;
                    slotOf[c.chargeStart()] = 2;
                    slotOf[c.billed()] = 3;
                }
                return this;
            }
        }
    }

    /** (c0) FastCSV finding record and field boundaries only: the floor under (c) and (c2), to set against (b0). */
    static final class FastCsvScanOnly extends Approach {
        FastCsvScanOnly() {
            super("fastcsv-scan-only", "FastCSV 4.1.0 callback handler that keeps nothing (no values, no aggregate)");
        }

        @Override
        Outcome run(Path file) throws Exception {
            long lines = -1; // the header is a record too
            CountingHandler handler = new CountingHandler();
            try (CsvReader<CountingHandler> csv = CsvReader.builder().build(handler, file)) {
                for (Iterator<CountingHandler> it = csv.iterator(); it.hasNext(); it.next()) {
                    lines++;
                }
            }
            return Outcome.linesOnly(lines, "fields " + (handler.fields - handler.headerFields));
        }

        /** Counts fields; builds nothing. */
        static final class CountingHandler extends AbstractBaseCsvCallbackHandler<CountingHandler> {
            long fields;
            long headerFields = -1;

            @Override
            protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
                fields++;
            }

            @Override
            protected CountingHandler buildRecord() {
                if (headerFields < 0) {
                    headerFields = fields;
                }
                return this;
            }
        }
    }

    /** (d) Jackson CSV, the documented idiom for schema-less reading: {@code String[]} rows. */
    static final class JacksonArray extends Approach {
        JacksonArray() {
            super("jackson-array", "Jackson CSV 2.20 `CsvMapper` + WRAP_AS_ARRAY, String[] rows + parseDouble");
        }

        @Override
        Outcome run(Path file) throws Exception {
            GroupSums g = new GroupSums();
            long lines = 0;
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try (InputStream in = Files.newInputStream(file);
                 MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(in)) {
                Columns c = Columns.of(List.of(it.next()));
                while (it.hasNext()) {
                    String[] r = it.next();
                    lines++;
                    g.add(GroupSums.absentAsEmpty(r[c.resourceId()]), GroupSums.absentAsEmpty(r[c.serviceName()]),
                            Days.epochDay(r[c.chargeStart()]), Double.parseDouble(r[c.billed()]));
                }
            }
            return g.outcome(lines);
        }
    }

    /** (d2) Jackson CSV's streaming token API, making strings of the four needed fields only. */
    static final class JacksonStream extends Approach {
        JacksonStream() {
            super("jackson-stream", "Jackson CSV 2.20 token stream, text of the 4 needed fields only");
        }

        @Override
        Outcome run(Path file) throws Exception {
            GroupSums g = new GroupSums();
            long lines = 0;
            CsvFactory factory = new CsvFactory();
            try (InputStream in = Files.newInputStream(file); CsvParser p = factory.createParser(in)) {
                p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                if (p.nextToken() != JsonToken.START_ARRAY) { // the document
                    throw new IllegalStateException("expected the outer array");
                }
                List<String> header = new ArrayList<>();
                expect(p.nextToken(), JsonToken.START_ARRAY);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    header.add(p.getText());
                }
                Columns c = Columns.of(header);
                int last = Math.max(Math.max(c.resourceId(), c.serviceName()), Math.max(c.chargeStart(), c.billed()));
                for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
                    String res = null;
                    String svc = null;
                    int day = 0;
                    double billed = 0;
                    int col = 0;
                    for (JsonToken f = p.nextToken(); f != JsonToken.END_ARRAY; f = p.nextToken(), col++) {
                        if (col > last) {
                            continue;
                        }
                        if (col == c.resourceId()) {
                            res = p.getText();
                        } else if (col == c.serviceName()) {
                            svc = p.getText();
                        } else if (col == c.chargeStart()) {
                            day = Days.epochDay(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                        } else if (col == c.billed()) {
                            billed = Double.parseDouble(p.getText());
                        }
                    }
                    lines++;
                    g.add(GroupSums.absentAsEmpty(res), GroupSums.absentAsEmpty(svc), day, billed);
                }
            }
            return g.outcome(lines);
        }

        private static void expect(JsonToken actual, JsonToken expected) {
            if (actual != expected) {
                throw new IllegalStateException("expected " + expected + ", found " + actual);
            }
        }
    }

    /**
     * (e) Tablesaw as a user would: {@code Table.read().csv} of the four needed columns (every
     * other column typed SKIP, no type detection), then {@code summarize(sum).by(...)}.
     * Materializes one row per line of the file before aggregating.
     */
    static final class Tablesaw extends Approach {
        Tablesaw() {
            super("tablesaw", "Tablesaw 0.44 `Table.read()` of the 4 needed columns (rest SKIP) + summarize");
        }

        @Override
        Outcome run(Path file) {
            CsvReadOptions options = CsvReadOptions.builder(file.toFile())
                    .columnTypes(name -> switch (name) {
                        case RESOURCE_ID, SERVICE_NAME, CHARGE_PERIOD_START -> ColumnType.STRING;
                        case BILLED_COST -> ColumnType.DOUBLE;
                        default -> ColumnType.SKIP;
                    })
                    .missingValueIndicator("NULL", "")
                    .build();
            Table t = Table.read().usingOptions(options);
            StringColumn start = t.stringColumn(CHARGE_PERIOD_START);
            int[] days = new int[t.rowCount()];
            for (int i = 0; i < days.length; i++) {
                days[i] = Days.epochDay(start.get(i));
            }
            t.addColumns(IntColumn.create("day", days));
            Table s = t.summarize(BILLED_COST, sum).by(RESOURCE_ID, SERVICE_NAME, "day");
            StringColumn res = s.stringColumn(RESOURCE_ID);
            StringColumn svc = s.stringColumn(SERVICE_NAME);
            IntColumn day = s.intColumn("day");
            NumericColumn<?> total = s.numberColumn(s.columnCount() - 1);
            Outcome.Builder b = new Outcome.Builder(t.rowCount());
            for (int i = 0; i < s.rowCount(); i++) {
                b.group(res.get(i), svc.get(i), day.getInt(i), total.getDouble(i));
            }
            return b.build();
        }
    }
}
