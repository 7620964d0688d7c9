package org.cloudcost.core.internal.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.cloudcost.bench.CurCsvGenerator;
import org.cloudcost.bench.FocusCsvGenerator;
import org.cloudcost.bench.internal.GeneratedFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH kernels of cost-core's CSV reading (issue 8), run by {@code bench/run.sh --jmh} and never
 * by the build: {@link CsvTokenizer} over an in-memory legacy CUR CSV ({@link CurCsvGenerator},
 * {@value #LINES} lines, quoted commas and line breaks) and over a FOCUS export of as many
 * lines ({@link FocusCsvGenerator}), {@link DecimalParser} over the CUR's
 * amounts, and {@link TimestampParser} over the timestamp layouts billing files use. This class
 * sits in cost-core's package because the parsers are package-private there; it is compiled
 * into the bench jar only.
 *
 * <pre>
 * java -cp bench/target/cloudcost-bench.jar org.openjdk.jmh.Main CsvKernelsBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvKernelsBenchmark {
    static final int LINES = 50_000;
    private static final String[] TIMESTAMPS = {"2025-09-18T22:00:00Z", "2024-09-18 22:00:00",
        "2024-09-18T22:00:00.000+08:00", "2024-09-18T22:00Z", "2024-09-18T22:00:00 UTC", "2024-09-18"};

    private byte[] cur;
    private byte[] focus;
    private byte[][] decimals;
    private byte[][] timestamps;
    private final DecimalParser decimal = new DecimalParser();
    private final TimestampParser timestamp = new TimestampParser();

    /** Generates the CUR once per fork and collects its amounts. */
    @Setup
    public void setUp() throws IOException {
        cur = generated("jmh-cur", f -> new CurCsvGenerator(LINES, CurCsvGenerator.DEFAULT_SEED, 2_000).write(f));
        focus = generated("jmh-focus", f -> new FocusCsvGenerator(LINES, FocusCsvGenerator.DEFAULT_SEED, 2_000).write(f));
        int cost = CurCsvGenerator.COLUMNS.indexOf("lineItem/UnblendedCost");
        decimals = new byte[4096][];
        try (CsvTokenizer tok = new CsvTokenizer(new ByteArrayInputStream(cur), "cur.csv", ',')) {
            tok.next();
            for (int i = 0; i < decimals.length && tok.next(); i++) {
                decimals[i] = java.util.Arrays.copyOfRange(tok.buffer(), tok.start(cost), tok.end(cost));
            }
        }
        timestamps = new byte[TIMESTAMPS.length][];
        for (int i = 0; i < TIMESTAMPS.length; i++) {
            timestamps[i] = TIMESTAMPS[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Writes a file into {@code file}. */
    private interface Generator {
        void write(Path file) throws IOException;
    }

    /** The bytes {@code generator} writes, by way of a temporary file (and its sidecar), deleted after. */
    private static byte[] generated(String prefix, Generator generator) throws IOException {
        Path tmp = Files.createTempFile(prefix, ".csv");
        try {
            generator.write(tmp);
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(GeneratedFile.sidecar(tmp));
        }
    }

    /** Records and fields of the whole buffer: the tokenizer alone (throughput = files per second). */
    @Benchmark
    public long tokenizeCur() {
        return fields(cur, "cur.csv");
    }

    /**
     * Records and fields of a FOCUS export: nearly every field quoted, and a JSON tags column
     * full of {@code ""} escapes (throughput = files per second).
     */
    @Benchmark
    public long tokenizeFocus() {
        return fields(focus, "focus.csv");
    }

    /** Every record of {@code file} tokenized; the fields counted, so none of the work is dead. */
    private static long fields(byte[] file, String name) {
        long fields = 0;
        try (CsvTokenizer tok = new CsvTokenizer(new ByteArrayInputStream(file), name, ',')) {
            while (tok.next()) {
                fields += tok.fieldCount();
            }
        }
        return fields;
    }

    /** 4,096 CUR amounts parsed to double (throughput = batches per second). */
    @Benchmark
    public double parseDecimals() {
        double sum = 0;
        for (byte[] d : decimals) {
            if (decimal.parse(d, 0, d.length)) {
                sum += decimal.doubleValue();
            }
        }
        return sum;
    }

    /** The six timestamp layouts parsed to epoch seconds (throughput = batches per second). */
    @Benchmark
    public long parseTimestamps() {
        long sum = 0;
        for (byte[] t : timestamps) {
            if (timestamp.parse(t, 0, t.length)) {
                sum += timestamp.epochSecond(ZoneOffset.UTC);
            }
        }
        return sum;
    }
}
