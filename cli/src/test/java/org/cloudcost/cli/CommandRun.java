package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.assertj.core.api.AbstractStringAssert;

import picocli.CommandLine;

/**
 * One run of a cloudcost command with its output captured. Every assertion made through it
 * prints the exit code, stdout and stderr when it fails.
 *
 * <pre>{@code
 * CommandRun.of("analyze", "--billing", file).assertExit(0).assertOut().contains("Compute");
 * }</pre>
 */
record CommandRun(List<String> args, int exitCode, String out, String err) {

    /** Runs {@link Cloudcost#commandLine()} with {@code args}. */
    static CommandRun of(String... args) {
        return of(Cloudcost.commandLine(), args);
    }

    /** Runs {@code commandLine} (e.g. with a test subcommand added) with {@code args}. */
    static CommandRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        int exit = commandLine.execute(args);
        return new CommandRun(List.of(args), exit, out.toString(), err.toString());
    }

    CommandRun assertExit(int expected) {
        assertThat(exitCode).as(this::toString).isEqualTo(expected);
        return this;
    }

    AbstractStringAssert<?> assertOut() {
        return assertThat(out).as(this::toString);
    }

    AbstractStringAssert<?> assertErr() {
        return assertThat(err).as(this::toString);
    }

    /** The non-empty lines of stderr. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "cloudcost " + String.join(" ", args) + "\nexit code " + exitCode
                + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err + "\n---";
    }
}
