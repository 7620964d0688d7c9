package org.cloudcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.cloudcost.core.CloudcostException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on stderr and an exit code, in the
 * manner of kcctl's {@code ExecutionExceptionHandler}:
 *
 * <pre>{@code
 * cloudcost: error: bill.csv:12:1 (BilledCost): expected a decimal number, found "twelve"   → exit 3
 * cloudcost: internal error: NullPointerException (run again with --debug for the stack trace)   → exit 1
 * }</pre>
 *
 * <p>A {@link CloudcostException} (bad input, bad configuration) or an I/O failure anywhere in
 * the cause chain is the user's to fix: exit {@link ExitCodes#BAD_INPUT}. Anything else is a
 * bug: exit {@link ExitCodes#INTERNAL_ERROR}. The stack trace follows only with {@code --debug}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = debugRequested(parseResult);
        int exitCode;
        String line;
        Throwable known = find(ex, CloudcostException.class);
        Throwable io = find(ex, IOException.class);
        if (known != null) {
            line = "cloudcost: error: " + known.getMessage();
            exitCode = ExitCodes.BAD_INPUT;
        } else if (io != null) {
            line = "cloudcost: error: " + describe(io);
            exitCode = ExitCodes.BAD_INPUT;
        } else {
            Throwable failure = unwrap(ex);
            Throwable root = rootCause(failure);
            line = "cloudcost: internal error: " + describe(failure)
                    + (root == failure ? "" : " (caused by " + describe(root) + ")")
                    + (debug ? "" : " (run again with --debug for the stack trace)");
            exitCode = ExitCodes.INTERNAL_ERROR;
        }
        err.println(commandLine.getColorScheme().errorText(oneLine(line)));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** True when {@code --debug} was given to the top command or to a subcommand. */
    static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable find(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return c;
            }
        }
        return null;
    }

    /** The failure itself, not picocli's wrapper around an {@link Error} (see {@link Cloudcost#commandLine()}). */
    private static Throwable unwrap(Exception ex) {
        return ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable t) {
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
