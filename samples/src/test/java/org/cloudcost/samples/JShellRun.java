package org.cloudcost.samples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs JShell code as a person types it — line by line, each snippet evaluated as soon as it is
 * complete — in a real JShell whose remote VM has the test class path, and records what went
 * wrong. The documentation tests (README quick start, the notebook) use it so that their code
 * cannot drift from the API.
 *
 * <pre>{@code
 * JShellRun run = JShellRun.of(code, "-Djava.io.tmpdir=" + tmp);
 * assertThat(run.problems()).as("output:%n%s", run.output()).isEmpty();
 * assertThat(run.output()).contains("1,800,000.00");
 * }</pre>
 *
 * <p>A line starting with {@code /} between snippets is a JShell command: {@code /exit} ends the
 * run; any other command is a problem (the JShell API runs Java, not commands).
 *
 * @param output     what the code printed to standard output and standard error
 * @param values     the value of each expression snippet, in order
 * @param problems   one line per snippet that was rejected, did not end up valid, or threw;
 *                   and per unsupported command
 * @param snippets   how many snippets were evaluated
 * @param unfinished code left over at the end that never made a complete snippet (comments aside)
 */
record JShellRun(String output, List<String> values, List<String> problems, int snippets, String unfinished) {
    JShellRun {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    /** Runs {@code code} in a fresh JShell; {@code vmOptions} go to its remote VM after the class path. */
    static JShellRun of(String code, String... vmOptions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>(List.of("--class-path", System.getProperty("java.class.path")));
        options.addAll(List.of(vmOptions));
        List<String> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int snippets = 0;
        StringBuilder pending = new StringBuilder();
        try (JShell shell = JShell.builder().out(print).err(print)
                .remoteVMOptions(options.toArray(String[]::new)).build()) {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            for (String line : code.split("\r?\n", -1)) {
                if (withoutComments(pending.toString()).isEmpty() && isCommand(line)) {
                    pending.setLength(0);
                    if (line.strip().equals("/exit")) {
                        break;
                    }
                    problems.add("unsupported JShell command: " + line.strip());
                    continue;
                }
                pending.append(line).append('\n');
                if (!analysis.analyzeCompletion(pending.toString()).completeness().isComplete()) {
                    continue;
                }
                String source = pending.toString();
                pending.setLength(0);
                if (withoutComments(source).isEmpty()) {
                    continue;
                }
                snippets++;
                for (SnippetEvent e : shell.eval(source)) {
                    check(shell, e, withoutComments(source), problems);
                    if (e.causeSnippet() == null && e.value() != null) {
                        values.add(e.value());
                    }
                }
            }
        }
        return new JShellRun(out.toString(StandardCharsets.UTF_8), values, problems, snippets,
                withoutComments(pending.toString()));
    }

    /** The snippet as shown in a problem: without the comment lines that led up to it. */
    private static String withoutComments(String source) {
        return String.join("\n", source.lines().filter(l -> !l.strip().startsWith("//")).toList()).strip();
    }

    /** {@code /exit}, {@code /list}, … but not a {@code //} or {@code /*} comment. */
    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    private static void check(JShell shell, SnippetEvent e, String source, List<String> problems) {
        if (e.exception() != null) {
            problems.add("threw: " + source + " -> " + e.exception());
        }
        if (e.causeSnippet() != null) {
            return;   // an earlier snippet updated by this one
        }
        Snippet.Status status = e.status();
        if (status == Snippet.Status.REJECTED) {
            problems.add("rejected: " + source + " "
                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        } else if (status != Snippet.Status.VALID) {
            problems.add(status + ": " + source + (e.snippet() instanceof DeclarationSnippet d
                    ? " unresolved " + shell.unresolvedDependencies(d).toList() : ""));
        }
    }
}
