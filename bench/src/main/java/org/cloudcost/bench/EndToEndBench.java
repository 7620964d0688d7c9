package org.cloudcost.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.bench.EndToEndReport.InputResult;
import org.cloudcost.bench.internal.ChildRun;
import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.bench.internal.ResultLine;
import org.cloudcost.bench.internal.Timings;

/**
 * The whole-process comparison of issue 8: for each input, cloudcost's ingest into the billing
 * frame ({@link IngestBilling}) and DuckDB's GROUP BY ({@link DuckDbGroupBy}) run as separate
 * processes, alternately (c, d, c, d, …), after one untimed warm-up each; wall time is measured
 * from spawn to exit, peak RSS is what each child reports. Every run's totals must agree with
 * the other program's and with the generator's exact total to {@value #TOLERANCE}; cloudcost's
 * must also reconcile. With {@code --ingest-jar} ({@code bench/run.sh} passes the CLI's jar)
 * the ingest runs with that jar first on its class path, on the classes {@code cloudcost analyze}
 * runs on (the jar's stand-in for Tablesaw's ClassGraph scan among them). Optionally the demo is timed end to end ({@code cloudcost demo}, then
 * {@code cloudcost analyze} on the demo's input), with the class-data archive the launcher keeps:
 * written by the first run, mapped by the later ones. Prints a Markdown fragment (tables only; the
 * script adds the machine) and exits 0, or 1 when any total disagrees or a run fails.
 *
 * <pre>
 * java -cp bench/target/cloudcost-bench.jar org.cloudcost.bench.EndToEndBench --reps 3 --warmup 1 \
 *      --ingest-jar cli/target/cloudcost.jar --cli-jar cli/target/cloudcost.jar --demo-dir bench/target/demo --out results.md \
 *      bench/target/data/cur-1000000.csv bench/target/data/focus-1000000.csv
 * </pre>
 */
public final class EndToEndBench {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final String CLI_MAIN = "org.cloudcost.cli.Cloudcost";

    private final int reps;
    private final int warmup;
    private final List<String> jvmOptions;
    private List<String> demoJvmOptions;
    private final Path log;
    private final List<String> problems = new ArrayList<>();
    /** The jar put first on {@link IngestBilling}'s class path (the CLI's), or null for the bench's class path alone. */
    private Path ingestJar;

    private EndToEndBench(int reps, int warmup, List<String> jvmOptions, Path log) {
        this.reps = reps;
        this.warmup = warmup;
        this.jvmOptions = jvmOptions;
        this.demoJvmOptions = jvmOptions;
        this.log = log;
    }


    public static void main(String[] args) throws Exception {
        int reps = 3;
        int warmup = 1;
        List<String> jvm = List.of();
        List<String> demoJvm = null;
        Path cliJar = null;
        Path ingestJar = null;
        Path demoDir = null;
        Path out = null;
        Path log = Path.of("bench-children.log");
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--reps" -> reps = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--jvm-opts" -> jvm = args[++i].isBlank() ? List.of() : Arrays.asList(args[i].trim().split("\\s+"));
                    case "--demo-jvm-opts" -> demoJvm = args[++i].isBlank() ? List.of() : Arrays.asList(args[i].trim().split("\\s+"));
                    case "--cli-jar" -> cliJar = Path.of(args[++i]);
                    case "--ingest-jar" -> ingestJar = Path.of(args[++i]);
                    case "--demo-dir" -> demoDir = Path.of(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--log" -> log = Path.of(args[++i]);
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(Path.of(args[i]));
                    }
                }
            }
            if (reps < 1 || warmup < 0 || (inputs.isEmpty() && cliJar == null) || (cliJar == null) != (demoDir == null)) {
                throw new IllegalArgumentException("nothing to do, or --cli-jar without --demo-dir");
            }
        } catch (RuntimeException e) {
            System.err.println("EndToEndBench: " + e.getMessage());
            System.err.println("usage: EndToEndBench [--reps N] [--warmup N] [--jvm-opts \"OPTS\"] [--demo-jvm-opts \"OPTS\"] [--log FILE] [--out FILE]"
                    + " [--ingest-jar JAR] [--cli-jar JAR --demo-dir DIR] INPUT...");
            System.exit(2);
        }
        EndToEndBench bench = new EndToEndBench(reps, warmup, jvm, log);
        if (demoJvm != null) {
            bench.demoJvmOptions = demoJvm;
        }
        bench.ingestJar = ingestJar;
        List<InputResult> results = new ArrayList<>();
        for (Path input : inputs) {
            results.add(bench.compare(input));
        }
        Map<String, Timings> demo = cliJar == null ? Map.of() : bench.demo(cliJar, demoDir);
        String text = new EndToEndReport(reps, warmup, jvm).demoJvmOptions(bench.demoJvmOptions).markdown(results, demo, bench.problems);
        System.out.print(text);
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        if (!bench.problems.isEmpty()) {
            System.err.println();
            bench.problems.forEach(p -> System.err.println("!!! " + p));
            System.exit(1);
        }
    }

    private InputResult compare(Path file) throws IOException, InterruptedException {
        GeneratedFile generated = GeneratedFile.readFor(file);
        if (generated == null || !generated.matches(generated.generator(), generated.lines(), file)) {
            problems.add(file + ": no generator sidecar that matches it; the totals cannot be checked");
            generated = null;
        }
        boolean parquet = file.getFileName().toString().endsWith(".parquet");
        String note = parquet && !cloudcostReadsParquet() ? "not available (no parquet module on the bench class path)" : null;
        List<String> cloudcost = javaCommand(IngestBilling.class, file.toString());
        if (ingestJar != null) {
            int cp = cloudcost.indexOf("-cp") + 1;
            cloudcost.set(cp, ingestJar + java.io.File.pathSeparator + cloudcost.get(cp));
        }
        List<String> duckdb = javaCommand(DuckDbGroupBy.class, file.toString());
        Timings c = new Timings();
        Timings d = new Timings();
        ResultLine lastC = null;
        ResultLine lastD = null;
        for (int rep = -warmup; rep < reps; rep++) {
            if (note == null) {
                lastC = measure("cloudcost", file, rep, cloudcost, rep < 0 ? null : c, generated);
            }
            lastD = measure("duckdb", file, rep, duckdb, rep < 0 ? null : d, generated);
            if (lastC != null && lastD != null && !lastC.agreesWith(lastD, TOLERANCE)) {
                problems.add(file.getFileName() + ": cloudcost's total " + lastC.totals() + " and DuckDB's "
                        + lastD.totals() + " differ by more than " + TOLERANCE);
            }
        }
        return new InputResult(file, generated, c, d, lastC, lastD, note);
    }

    /** Runs one child; records its time unless {@code into} is null (a warm-up); returns its result or null. */
    private ResultLine measure(String who, Path file, int rep, List<String> command, Timings into, GeneratedFile generated)
            throws IOException, InterruptedException {
        ChildRun run = ChildRun.run(command, log);
        String line = run.resultLine();
        if (run.exitCode() != 0 || line == null) {
            problems.add(file.getFileName() + ": " + who + " failed: " + run.describe());
            System.err.printf(Locale.ROOT, "%-28s %-9s %-7s FAILED (exit %d)%n", file.getFileName(), who, label(rep),
                    run.exitCode());
            return null;
        }
        ResultLine r = ResultLine.parse(line);
        System.err.printf(Locale.ROOT, "%-28s %-9s %-7s %7.2f s  %6d MB  rows %,d  %s  %s%n", file.getFileName(), who,
                label(rep), run.seconds(), r.peakRssKb() / 1024, r.rows(), r.totals(), r.check());
        if (into != null) {
            into.add(run.seconds(), r.peakRssKb());
        }
        if (generated != null) {
            BigDecimal exact = generated.billedCost();
            BigDecimal got = r.totals().get("USD");
            if (r.totals().size() != 1 || got == null || got.subtract(exact).abs().compareTo(TOLERANCE) > 0) {
                problems.add(file.getFileName() + ": " + who + " total " + r.totals() + ", the generator wrote USD "
                        + exact.toPlainString());
            }
        }
        if (who.equals("cloudcost") && !r.check().equals("reconciled")) {
            problems.add(file.getFileName() + ": cloudcost's frame does not reconcile with the source (" + r.check() + ")");
        }
        return r;
    }

    private static String label(int rep) {
        return rep < 0 ? "warm-up" : "rep " + (rep + 1);
    }

    /** {@code cloudcost demo} then {@code cloudcost analyze} on its input, each timed end to end. */
    private Map<String, Timings> demo(Path cliJar, Path demoDir) throws IOException, InterruptedException {
        Files.createDirectories(demoDir);
        // a class-data archive takes jars only: the wrapper goes in a jar of its own
        String cp = cliJar.toAbsolutePath() + java.io.File.pathSeparator + wrapperJar(demoDir.toAbsolutePath());
        Map<String, Timings> timings = new LinkedHashMap<>();
        timings.put("cloudcost demo (generate, ingest, rules, workbook, charts)", new Timings());
        timings.put("cloudcost analyze on the demo's input", new Timings());
        Path input = null;
        // as ./cloudcost runs it: the first run writes a class-data archive, the later runs map it
        Path archive = demoDir.toAbsolutePath().resolve("cloudcost-bench.jsa");
        Files.deleteIfExists(archive);
        for (int rep = -warmup; rep < reps; rep++) {
            Path dir = Files.createTempDirectory(demoDir.toAbsolutePath(), "demo-");
            List<String> demo = cli(cp, archive, "demo", "--out", dir.toString(), "--no-progress");
            record("demo", rep, ChildRun.run(demo, log), timings.get("cloudcost demo (generate, ingest, rules, workbook, charts)"));
            if (input == null) {
                input = dir.resolve("input");
            }
            Path out = Files.createTempDirectory(demoDir.toAbsolutePath(), "analyze-");
            List<String> analyze = cli(cp, archive, "analyze", "--billing", input.resolve("billing.csv").toString(),
                    "--usage", input.resolve("usage.csv").toString(), "--inventory", input.resolve("inventory.csv").toString(),
                    "--storage", input.resolve("storage.csv").toString(), "--config", input.resolve("cloudcost.yaml").toString(),
                    "--out", out.toString(), "--no-progress");
            record("analyze", rep, ChildRun.run(analyze, log), timings.get("cloudcost analyze on the demo's input"));
        }
        return timings;
    }

    private void record(String what, int rep, ChildRun run, Timings into) {
        long rss = run.stderrNumber(WithPeakRss.MARK);
        if (run.exitCode() != 0) {
            problems.add("cloudcost " + what + " failed: " + run.describe());
        }
        System.err.printf(Locale.ROOT, "%-28s %-9s %-7s %7.2f s  %6d MB  exit %d%n", "case-study demo", what, label(rep),
                run.seconds(), rss / 1024, run.exitCode());
        if (rep >= 0 && run.exitCode() == 0) {
            into.add(run.seconds(), rss);
        }
    }

    /**
     * The CLI run as {@code ./cloudcost} runs it: mapping the class-data {@code archive} when an
     * earlier run wrote it, else writing it as it exits (its JVM messages off, as the launcher's).
     */
    private List<String> cli(String cp, Path archive, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", cp));
        cmd.addAll(demoJvmOptions);
        cmd.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        cmd.add("-Xlog:cds*=off");
        cmd.add(WithPeakRss.class.getName());
        cmd.add(CLI_MAIN);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private List<String> javaCommand(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.internal.verbosity=ERROR"));
        cmd.addAll(jvmOptions);
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where this class was loaded from: the bench jar or its classes folder. */
    private static String codeSource() {
        try {
            return Path.of(EndToEndBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where {@link WithPeakRss} is found without the bench jar's manifest class path (which would
     * put a second cost-core behind the CLI's shaded jar): the bench's classes folder next to the
     * jar, else the jar.
     */
    /**
     * {@link WithPeakRss} and what it uses, in a jar of their own in {@code dir}: behind the
     * CLI's shaded jar, with nothing else of the bench's (whose jar would bring its own cost-core).
     */
    private static Path wrapperJar(Path dir) throws IOException {
        Path jar = dir.resolve("with-peak-rss.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(WithPeakRss.class, org.cloudcost.bench.internal.PeakRss.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                    out.putNextEntry(new java.util.jar.JarEntry(entry));
                    out.write(java.util.Objects.requireNonNull(in, entry).readAllBytes());
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * True when cloudcost's own Parquet reader is on this class path: the {@code parquet} module's
     * jar ({@code parquet-<version>.jar}) next to the bench jar, where Maven copies the runtime
     * dependencies.
     */
    static boolean cloudcostReadsParquet() {
        Path lib = Path.of(codeSource()).resolveSibling("lib");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (var files = Files.list(lib)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("parquet-") && n.length() > 8 && Character.isDigit(n.charAt(8)));
        } catch (IOException e) {
            return false;
        }
    }
}
