package org.cloudcost.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;

/**
 * The exit codes of every cloudcost command, listed at the end of each {@code --help}.
 *
 * <pre>{@code
 * cloudcost analyze --billing bill.csv; echo $?     # 0, 1, 2 or 3
 * }</pre>
 */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** A bug, or a result that fails its own checks (a spend summary that does not reconcile). */
    public static final int INTERNAL_ERROR = 1;
    /** Unknown option, missing argument: the usage is printed. */
    public static final int USAGE = 2;
    /** A file that is missing, unreadable or malformed, or a bad configuration: fix the input. */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {
    }

    /** The list {@code --help} prints, code → description. */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "ok");
        codes.put(Integer.toString(INTERNAL_ERROR),
                "internal error (a bug, or a summary that does not reconcile with the bill)");
        codes.put(Integer.toString(USAGE), "usage error (unknown option, missing argument)");
        codes.put(Integer.toString(BAD_INPUT),
                "bad input (missing, unreadable or malformed file or configuration; unwritable output)");
        return codes;
    }

    /** Adds the exit-code list to the help of {@code commandLine} and all its subcommands. */
    static void document(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(descriptions());
        commandLine.getSubcommands().values().forEach(ExitCodes::document);
    }
}
