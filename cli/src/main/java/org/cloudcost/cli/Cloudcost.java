package org.cloudcost.cli;

import java.util.concurrent.Callable;

import org.cloudcost.core.CostDataset;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cloudcost} top command: global options and the list of subcommands.
 *
 * <pre>{@code
 * cloudcost analyze --billing samples/data/focus-small.csv --out out
 * int exit = Cloudcost.commandLine().execute("analyze", "--billing", "bill.csv");   // from a test
 * }</pre>
 */
@Command(name = "cloudcost", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Cloud cost analysis for FOCUS, AWS and Alibaba Cloud bills: where the money goes, and what to save.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, RulesCommand.class, PullCommand.class, FormatsCommand.class,
            CommandLine.HelpCommand.class})
public final class Cloudcost implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace after the one-line message.")
    boolean debug;

    /** Runs the command line and exits with its {@link ExitCodes exit code}. */
    public static void main(String[] args) {
        CostDataset.warmUp();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: error handler and documented exit codes; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Cloudcost());
        commandLine.setExecutionStrategy(Cloudcost::runReportingErrors);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        ExitCodes.document(commandLine);
        return commandLine;
    }

    /**
     * Runs the chosen subcommand; an {@link Error} (a class missing from the jar, no memory
     * left) goes to the {@link ErrorHandler} too, instead of escaping picocli with a stack trace.
     */
    private static int runReportingErrors(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            throw new CommandLine.ExecutionException(deepest(parseResult).commandSpec().commandLine(), e.toString(), e);
        }
    }

    private static CommandLine.ParseResult deepest(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult p = parseResult;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    /** Without a subcommand: the usage, as for any usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudcost: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
