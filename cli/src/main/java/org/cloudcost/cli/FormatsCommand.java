package org.cloudcost.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost formats}: the billing formats this build recognises, one per line, id first
 * (the value {@code analyze --billing-format} takes).
 *
 * <pre>{@code
 * $ cloudcost formats
 * focus  FOCUS 1.0-1.3 CSV (AWS Data Exports, Alibaba Cloud, Azure, OCI, GCP)
 * }</pre>
 */
@Command(name = "formats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the billing formats cloudcost recognises (id, description).")
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<BillingFormat> formats = BillingFormats.available();
        if (formats.isEmpty()) {
            spec.commandLine().getErr().println("cloudcost: internal error: no billing format is registered"
                    + " (META-INF/services/" + BillingFormat.class.getName() + " missing from the class path)");
            return ExitCodes.INTERNAL_ERROR;
        }
        int width = formats.stream().mapToInt(f -> f.id().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (BillingFormat f : formats) {
            out.println(String.format("%-" + width + "s  %s", f.id(), f.description()).stripTrailing());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
