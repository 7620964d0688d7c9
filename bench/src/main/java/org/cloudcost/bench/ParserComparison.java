package org.cloudcost.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.bench.internal.GeneratedFile;

/**
 * Times several ways of reading one FOCUS CSV into the sum of BilledCost by (ResourceId,
 * ServiceName, charge day), alternating the approaches within each repetition so that drift of
 * the machine hits them alike, after one untimed warm-up run each; checks that every run of
 * every approach agrees (lines, groups, group-key and per-group-cent fingerprints, total to
 * 0.01) with each other and with the generator's {@code .expected} sidecar when there is one;
 * prints a Markdown table. Exit 0 when all agree, 1 on any disagreement, 2 on a usage error,
 * 3 when an approach failed (other than running out of heap, which is reported in the table).
 *
 * <pre>
 * java -Xmx1g -jar bench/target/cloudcost-bench.jar FILE [--reps 5] [--warmup 1]
 *      [--approaches cloudcost,tokenizer,...] [--list]
 * </pre>
 */
public final class ParserComparison {
    private static final double TOTAL_TOLERANCE = 0.01;

    /** The runs of one approach. */
    private static final class Runs {
        final Approach approach;
        final List<Double> seconds = new ArrayList<>();
        long maxHeapAfterGc;
        Outcome outcome;
        String failure;

        Runs(Approach approach) {
            this.approach = approach;
        }
    }

    private ParserComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        int reps = 5;
        int warmup = 1;
        List<String> wanted = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--approaches" -> wanted = Arrays.asList(args[++i].split(","));
                case "--list" -> {
                    Approach.all().forEach(a -> System.out.println(a.id() + "\t" + a.label()));
                    return;
                }
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        usage();
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null || reps < 1 || warmup < 0) {
            usage();
        }
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            System.exit(2);
        }
        Map<String, Runs> runs = new LinkedHashMap<>();
        for (Approach a : Approach.all()) {
            if (wanted == null || wanted.contains(a.id())) {
                runs.put(a.id(), new Runs(a));
            }
        }
        if (wanted != null && runs.size() != wanted.size()) {
            System.err.println("unknown approach in " + wanted + "; known: "
                    + Approach.all().stream().map(Approach::id).toList());
            System.exit(2);
        }
        System.exit(new ParserComparison().compare(file, runs, reps, warmup, System.out));
    }

    private static void usage() {
        System.err.println("usage: ParserComparison FILE [--reps N] [--warmup N] [--approaches id,id,...] [--list]");
        System.exit(2);
    }

    private int compare(Path file, Map<String, Runs> runs, int reps, int warmup, PrintStream out) throws IOException {
        long bytes = Files.size(file);
        GeneratedFile expected = GeneratedFile.readFor(file);
        if (expected != null && expected.bytes() != bytes) {
            System.err.println("warning: " + GeneratedFile.sidecar(file) + " is for a file of " + expected.bytes()
                    + " bytes, this one has " + bytes + "; not using it");
            expected = null;
        }
        HeapWatcher heap = new HeapWatcher();
        List<String> problems = new ArrayList<>();
        boolean crashed = false;
        for (int rep = -warmup; rep < reps; rep++) {
            for (Runs r : runs.values()) {
                if (r.failure != null) {
                    continue;
                }
                settle();
                heap.reset();
                long t0 = System.nanoTime();
                Outcome o;
                try {
                    o = r.approach.run(file);
                } catch (OutOfMemoryError e) {
                    r.failure = "out of heap (" + maxHeapMb() + " MB)";
                    System.err.printf(Locale.ROOT, "%-16s %s%n", r.approach.id(), r.failure);
                    continue;
                } catch (Exception | Error e) {
                    r.failure = "failed: " + e;
                    crashed = true;
                    System.err.printf(Locale.ROOT, "%-16s FAILED%n", r.approach.id());
                    e.printStackTrace();
                    continue;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                settle();
                long peak = heap.maxAfterGc();
                System.err.printf(Locale.ROOT, "%-16s %s %6.2f s  heap after GC max %5d MB  %s%n", r.approach.id(),
                        rep < 0 ? "warm-up" : "rep " + (rep + 1) + "  ", s, peak >> 20, describe(o));
                if (r.outcome == null) {
                    r.outcome = o;
                } else {
                    check(problems, r.approach.id() + " rep " + (rep + 1), o, r.outcome, r.approach.id() + " earlier run");
                }
                if (rep >= 0) {
                    r.seconds.add(s);
                    r.maxHeapAfterGc = Math.max(r.maxHeapAfterGc, peak);
                }
            }
        }
        Runs reference = runs.values().stream().filter(r -> r.outcome != null && r.outcome.aggregates()).findFirst().orElse(null);
        for (Runs r : runs.values()) {
            if (r.outcome == null) {
                continue;
            }
            if (expected != null) {
                checkExpected(problems, r.approach.id(), r.outcome, expected);
            }
            if (reference != null && r != reference) {
                check(problems, r.approach.id(), r.outcome, reference.outcome, reference.approach.id());
            }
        }
        printTable(out, file, bytes, runs, expected, reps, warmup);
        if (!problems.isEmpty()) {
            out.println();
            out.println("**MISMATCH: the approaches disagree; the timings above are not comparable until this is fixed.**");
            problems.forEach(p -> out.println("- " + p));
            System.err.println();
            System.err.println("!!! MISMATCH between approaches !!!");
            problems.forEach(p -> System.err.println("!!! " + p));
            return 1;
        }
        return crashed ? 3 : 0;
    }

    private static void check(List<String> problems, String who, Outcome o, Outcome ref, String refName) {
        if (o.lines() != ref.lines()) {
            problems.add(who + ": " + o.lines() + " data lines, " + refName + " read " + ref.lines());
        }
        if (!o.aggregates() || !ref.aggregates()) {
            return;
        }
        if (o.groups() != ref.groups()) {
            problems.add(who + ": " + o.groups() + " groups, " + refName + " has " + ref.groups());
        } else if (o.keyPrint() != ref.keyPrint()) {
            problems.add(who + ": same number of groups as " + refName + " but different group keys");
        } else if (o.centsPrint() != ref.centsPrint()) {
            problems.add(who + ": same group keys as " + refName + " but some group sums differ by a cent or more");
        }
        if (!(Math.abs(o.total() - ref.total()) <= TOTAL_TOLERANCE)) {
            problems.add(String.format(Locale.ROOT, "%s: BilledCost total %.6f, %s has %.6f", who, o.total(), refName, ref.total()));
        }
    }

    private static void checkExpected(List<String> problems, String who, Outcome o, GeneratedFile e) {
        if (o.lines() != e.lines()) {
            problems.add(who + ": " + o.lines() + " data lines, the generator wrote " + e.lines());
        }
        if (!o.aggregates()) {
            return;
        }
        if (e.groups().isPresent() && o.groups() != e.groups().getAsLong()) {
            problems.add(who + ": " + o.groups() + " groups, the generator made " + e.groups().getAsLong());
        }
        double exact = e.billedCost().doubleValue();
        if (!(Math.abs(o.total() - exact) <= TOTAL_TOLERANCE)) {
            problems.add(String.format(Locale.ROOT, "%s: BilledCost total %.6f, the generator wrote %s", who, o.total(),
                    e.billedCost().toPlainString()));
        }
        if (o.exactTotal() != null && o.exactTotal().compareTo(e.billedCost()) != 0) {
            problems.add(who + ": exact source total " + o.exactTotal().toPlainString() + ", the generator wrote "
                    + e.billedCost().toPlainString());
        }
    }

    private static void printTable(PrintStream out, Path file, long bytes, Map<String, Runs> runs,
                                   GeneratedFile expected, int reps, int warmup) {
        out.printf(Locale.ROOT, "File: `%s`, %,d bytes%s; %d timed run(s) per approach after %d warm-up, alternating; "
                        + "JVM max heap %d MB%n%n", file.getFileName(), bytes,
                expected == null ? "" : String.format(Locale.ROOT, ", %,d data lines", expected.lines()), reps, warmup,
                maxHeapMb());
        out.println("| approach | median s | min–max s | MB/s | heap after GC, max MB | groups | BilledCost total |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Runs r : runs.values()) {
            if (r.seconds.isEmpty()) {
                out.printf(Locale.ROOT, "| %s | %s | | | | | |%n", r.approach.id(), r.failure == null ? "not run" : r.failure);
                continue;
            }
            double[] s = r.seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
            Outcome o = r.outcome;
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %.0f | %d | %s | %s |%n", r.approach.id(), median, s[0],
                    s[s.length - 1], bytes / 1e6 / median, r.maxHeapAfterGc >> 20,
                    o.aggregates() ? String.format(Locale.ROOT, "%,d", o.groups()) : "–",
                    o.aggregates() ? String.format(Locale.ROOT, "%.4f", o.total()) : "–");
        }
        out.println();
        for (Runs r : runs.values()) {
            out.println("- `" + r.approach.id() + "`: " + r.approach.label()
                    + (r.outcome != null && !r.outcome.note().isEmpty() ? " (" + r.outcome.note() + ")" : ""));
        }
        if (expected != null) {
            out.printf(Locale.ROOT, "- expected (computed by the generator while writing): %,d lines, %s groups, "
                    + "BilledCost %s%n", expected.lines(), expected.groups().isPresent()
                    ? String.format(Locale.ROOT, "%,d", expected.groups().getAsLong()) : "uncounted",
                    expected.billedCost().toPlainString());
        }
        runs.values().stream().map(r -> r.outcome).filter(o -> o != null && o.exactTotal() != null).findFirst()
                .ifPresent(o -> out.println("- cloudcost's exact source total (ReadReport): " + o.exactTotal().toPlainString()));
    }

    private static String describe(Outcome o) {
        if (!o.aggregates()) {
            return String.format(Locale.ROOT, "lines %,d  %s", o.lines(), o.note());
        }
        return String.format(Locale.ROOT, "lines %,d  groups %,d  total %.4f%s%s", o.lines(), o.groups(), o.total(),
                o.exactTotal() == null ? "" : " (exact " + o.exactTotal().toPlainString() + ")",
                o.note().isEmpty() ? "" : "  " + o.note());
    }

    private static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** A full collection and a pause, so one run's garbage is not the next one's cost. */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
