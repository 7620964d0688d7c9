package org.cloudcost.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process, timed from spawn to exit: its command, wall seconds, exit code, and what it
 * printed (stdout kept in memory, stderr appended to a log file so a long run's diagnostics are
 * not lost).
 *
 * <pre>{@code
 * ChildRun run = ChildRun.run(List.of("java", "-cp", jar, "org.cloudcost.bench.DuckDbGroupBy", file), log);
 * if (run.exitCode() != 0) throw new IllegalStateException(run.describe());
 * ResultLine r = ResultLine.parse(run.resultLine());
 * }</pre>
 *
 * @param command  the command line
 * @param seconds  wall time from spawn to exit
 * @param exitCode the exit code
 * @param stdout   everything printed on stdout
 * @param stderr   everything printed on stderr (also appended to the log)
 */
public record ChildRun(List<String> command, double seconds, int exitCode, String stdout, String stderr) {
    /** A child still running after this long is killed: a run of the 10M inputs takes about a minute. */
    private static final long TIMEOUT_MINUTES = 30;

    /** Runs {@code command}, waits for it and appends its stderr to {@code log}. */
    public static ChildRun run(List<String> command, Path log) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench-child", ".out");
        Path err = Files.createTempFile("bench-child", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                p.waitFor();
                throw new IOException("killed after " + TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            Files.writeString(log, "$ " + String.join(" ", command) + "\n" + stderr + "(exit " + p.exitValue() + ", "
                    + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " s)\n\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new ChildRun(List.copyOf(command), seconds, p.exitValue(), stdout, stderr);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The last line of stdout starting with {@link ResultLine#PREFIX}, or null. */
    public String resultLine() {
        String found = null;
        for (String line : stdout.split("\n")) {
            if (line.startsWith(ResultLine.PREFIX)) {
                found = line.strip();
            }
        }
        return found;
    }

    /** The value after the last {@code mark} on stderr (e.g. {@code PEAK_RSS_KB=}), or -1. */
    public long stderrNumber(String mark) {
        int i = stderr.lastIndexOf(mark);
        if (i < 0) {
            return -1;
        }
        int j = i + mark.length();
        int k = j;
        while (k < stderr.length() && (Character.isDigit(stderr.charAt(k)) || stderr.charAt(k) == '-')) {
            k++;
        }
        try {
            return Long.parseLong(stderr.substring(j, k));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The command, exit code and the last lines of stderr, for a failure message. */
    public String describe() {
        String[] lines = stderr.strip().split("\n");
        int from = Math.max(0, lines.length - 5);
        return String.join(" ", command) + " exited with " + exitCode + ": "
                + String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
