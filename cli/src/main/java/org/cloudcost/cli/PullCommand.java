package org.cloudcost.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost pull}: fetch a month from a cloud's APIs into the files {@code analyze}
 * reads. One subcommand per cloud.
 *
 * <pre>{@code
 * cloudcost pull aliyun --month 2026-10 --regions cn-hangzhou,cn-shanghai --out pulled
 * cloudcost pull aws --month 2026-10 --regions us-east-1,eu-west-1 --out pulled
 * }</pre>
 */
@Command(name = "pull", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fetch a month of billing, inventory, usage and storage from a cloud's APIs into files for analyze.",
        subcommands = {PullAliyunCommand.class, PullAwsCommand.class})
public final class PullCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudcost: pull needs a cloud: aliyun or aws");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * The {@code --month} of a pull subcommand.
     *
     * @throws picocli.CommandLine.ParameterException (a usage error, exit 2) when it is not YYYY-MM
     */
    static java.time.YearMonth month(CommandSpec spec, String month) {
        try {
            return java.time.YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--month expects YYYY-MM (e.g. 2026-10), found \"" + month + "\"");
        }
    }

    /** Prints what a pull wrote and the {@code analyze} command that reads it. */
    static void printWritten(CommandSpec spec, Path dir, java.util.List<String> lines, java.util.List<String> analyzeArguments) {
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        lines.forEach(stdout::println);
        stdout.println();
        stdout.println("Wrote " + dir + ". Analyse it with:");
        stdout.println("  cloudcost analyze " + String.join(" ", analyzeArguments));
        stdout.flush();
    }

    /** The default output folder for a cloud and month: {@code cloudcost-pull-aliyun-2026-10}. */
    static Path defaultOut(String cloud, java.time.YearMonth month) {
        return Path.of("cloudcost-pull-" + cloud + "-" + month);
    }
}
