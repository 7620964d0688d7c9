package org.cloudcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.samples.casestudy.CaseStudyData;
import org.cloudcost.samples.casestudy.CaseStudyFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost demo}: writes the case-study estate (a ¥1.8 M month on Alibaba Cloud) into
 * {@code DIR/input/}, then analyses it exactly as {@code analyze} would and writes the outputs
 * into {@code DIR}. No cloud account, no input files.
 *
 * <pre>{@code
 * cloudcost demo                      # into ./cloudcost-demo
 * cloudcost demo --out /tmp/demo
 * }</pre>
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Generate the case-study estate (CASE-STUDY.md: a 1.8 M CNY month on Alibaba Cloud) into DIR/input/,",
            "analyse it as `cloudcost analyze` does, print the spend and savings tables and write the outputs into DIR.",
            "The same command on the same version writes the same input files, byte for byte."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cloudcost-demo",
            description = "Folder for the outputs; the generated input goes into DIR/input (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Path input = out.resolve("input");
        CaseStudyFiles files;
        try {
            files = CaseStudyData.write(input);
        } catch (IOException e) {
            throw new CloudcostException("cannot write the demo's input into " + input + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); --out must name a folder that can be created or written", e);
        }
        stdout.println("Generated the case-study estate in " + input + " (billing, usage, inventory, storage, cloudcost.yaml)");
        stdout.println();
        stdout.flush();
        CostDataset dataset;
        try (TerminalProgress progress = TerminalProgress.onStderr(noProgress)) {
            dataset = CostDataset.read().billing(files.billing()).usage(files.usage()).inventory(files.inventory())
                    .storage(files.storage()).config(CloudcostConfig.load(files.config())).progress(progress).load();
        }
        return AnalysisOutputs.run(dataset, out, stdout, spec.commandLine().getErr());
    }
}
