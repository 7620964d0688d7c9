package org.cloudcost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.report.RuleCatalogText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost rules}: the rule catalog.
 *
 * <pre>{@code
 * $ cloudcost rules list
 * $ cloudcost rules list --markdown        # the README's rule table
 * $ cloudcost rules describe idle-compute  # thresholds with defaults, why and source
 * }</pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The rules cloudcost runs: list them, or describe one with its thresholds.",
        subcommands = {RulesCommand.List.class, RulesCommand.Describe.class})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cloudcost: rules needs a subcommand: list or describe ID");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code cloudcost rules list [--markdown]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "One line per rule: id, strategy, what it flags.")
    static final class List implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--markdown", description = "Print the README's Markdown table (with threshold defaults).")
        boolean markdown;

        @Override
        public Integer call() {
            RuleRegistry rules = RuleRegistry.load();
            PrintWriter out = spec.commandLine().getOut();
            out.print(markdown ? RuleCatalogText.markdownTable(rules) : RuleCatalogText.list(rules));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code cloudcost rules describe ID}. */
    @Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "What a rule flags, how it prices the saving, and its thresholds with defaults, why and source.")
    static final class Describe implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "A rule id, e.g. idle-compute (see `cloudcost rules list`).")
        String id;

        @Override
        public Integer call() {
            RuleRegistry rules = RuleRegistry.load();
            Rule rule = rules.find(id).orElse(null);
            if (rule == null) {
                spec.commandLine().getErr().println("cloudcost: error: unknown rule \"" + id + "\"; known rules: "
                        + String.join(", ", rules.ids()));
                return ExitCodes.USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(RuleCatalogText.describe(rule));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
