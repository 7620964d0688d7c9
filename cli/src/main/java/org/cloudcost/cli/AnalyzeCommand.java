package org.cloudcost.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.CostDatasetReader;
import org.cloudcost.core.config.CloudcostConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost analyze}: reads the bills (and the optional usage, inventory and storage
 * files), runs the rules, prints the spend and savings tables and writes the outputs of
 * FORMATS.md §3 into {@code DIR}: findings.csv, summary.json, report.xlsx, charts/*.png, report.md.
 *
 * <pre>{@code
 * cloudcost analyze --billing samples/data/focus-small.csv --usage samples/data/usage.csv \
 *     --inventory samples/data/inventory.csv --storage samples/data/storage.csv --out out
 * cloudcost analyze --billing cur-2026-10.csv.gz --billing-format focus --config cloudcost.yaml
 * cloudcost analyze --billing s3://billing-bucket/cur/ --month 2026-10 --aws-profile billing-readonly \
 *     --inventory pulled/inventory.csv --out out
 * }</pre>
 *
 * <p>A {@code --billing} argument that starts with {@code s3://} names where a payer account
 * delivers its Cost and Usage Reports: the CUR files of {@code --month} found there are read as
 * they download, CSV with no local copy, Parquet through a temporary one
 * ({@link S3BillingInputs}); local files and S3 locations mix.
 *
 * <p>A summary that does not reconcile with the source files is still written, and the
 * command exits {@link ExitCodes#INTERNAL_ERROR}: the inputs were readable, so a mismatch is
 * cloudcost's fault.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Read billing exports (and usage, inventory, storage), run the rules, print where the money",
            "went and what to save, and write DIR/findings.csv, summary.json, report.xlsx, charts/*.png and report.md.",
            "Billing files (plain or .gz) are recognised by their header; see `cloudcost formats`.",
            "An s3://bucket/prefix/ billing location is read straight from S3: the AWS Cost and Usage Report files",
            "of --month found there (manifest or listing), CSV streamed, Parquet through a temporary copy,",
            "with the AWS default credentials chain.",
            "Rules and their thresholds: `cloudcost rules list`, `cloudcost rules describe ID`."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Text, not {@code Path}: {@code Path.of("s3://b/k")} would fold the {@code //}. */
    @Option(names = "--billing", paramLabel = "FILE|s3://BUCKET/PREFIX/", required = true, arity = "1..*",
            description = {"Billing export(s): FOCUS 1.0-1.3 CSV, or another registered format (AWS CUR, ...).",
                "s3://BUCKET/PREFIX/: the AWS CUR files of --month delivered there (needs s3:ListBucket, s3:GetObject)."})
    List<String> billing = new ArrayList<>();

    @Option(names = "--billing-format", paramLabel = "ID",
            description = "Read the billing files as this format instead of recognising it (see `cloudcost formats`).")
    String billingFormat;

    @Option(names = "--usage", paramLabel = "FILE", arity = "1..*",
            description = "Utilization CSV(s): ResourceId,Timestamp,Metric,Value[,Statistic][,PeriodSeconds].")
    List<Path> usage = new ArrayList<>();

    @Option(names = "--inventory", paramLabel = "FILE", arity = "1..*",
            description = "Inventory CSV(s), one row per resource.")
    List<Path> inventory = new ArrayList<>();

    @Option(names = "--storage", paramLabel = "FILE", arity = "1..*",
            description = "Storage CSV(s), one row per group of objects.")
    List<Path> storage = new ArrayList<>();

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "The month whose CUR files an s3:// billing location gives, e.g. 2026-10 (required with one).")
    String month;

    @Option(names = "--aws-profile", paramLabel = "NAME",
            description = "For s3:// billing: a profile of ~/.aws/credentials or ~/.aws/config (default: AWS_PROFILE, else default).")
    String awsProfile;

    @Option(names = "--aws-region", paramLabel = "REGION",
            description = "For s3:// billing: the S3 client's region (default: the profile's or AWS_REGION's, else "
                    + S3BillingInputs.FALLBACK_REGION + "; any region reaches the bucket).")
    String awsRegion;

    @Option(names = "--aws-endpoint-url", paramLabel = "URL",
            description = "For s3:// billing: send the S3 calls to this endpoint instead of AWS's (a VPC endpoint, a local stub).")
    String awsEndpointUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "cloudcost.yaml (currency, exchange rates, tags, rule thresholds, prices, effort).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cloudcost-out",
            description = "Folder for findings.csv, summary.json, report.xlsx, charts/*.png and report.md (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        String usageError = s3UsageError();
        if (usageError != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cloudcost: error: " + usageError);
            err.flush();
            return ExitCodes.USAGE;
        }
        return AnalysisOutputs.run(load(), out, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private CostDataset load() {
        CostDatasetReader reader = CostDataset.read();
        // the S3 streams are opened by load(): the clients stay open until it returns
        try (S3BillingInputs s3 = hasS3Billing() ? new S3BillingInputs(awsProfile, awsEndpointUrl, awsRegion, yearMonth()) : null) {
            for (String b : billing) {
                if (S3BillingInputs.isS3(b)) {
                    s3.add(reader, b);
                } else {
                    reader.billing(localFile(b));
                }
            }
            reader.usage(usage).inventory(inventory).storage(storage);
            if (billingFormat != null) {
                reader.billingFormat(billingFormat);
            }
            if (config != null) {
                reader.config(CloudcostConfig.load(config));
            }
            try (TerminalProgress progress = TerminalProgress.onStderr(noProgress)) {
                return reader.progress(progress).load();
            }
        }
    }

    private boolean hasS3Billing() {
        return billing.stream().anyMatch(S3BillingInputs::isS3);
    }

    /** What is wrong with --month and the --aws-* options, in one line, or null. */
    private String s3UsageError() {
        if (hasS3Billing()) {
            if (month == null) {
                return "--month YYYY-MM is required with an s3:// billing location: it says which month's CUR files to read";
            }
            try {
                yearMonth();
            } catch (DateTimeParseException e) {
                return "--month expects YYYY-MM (e.g. 2026-10), found \"" + month + "\"";
            }
            return null;
        }
        List<String> s3Only = new ArrayList<>();
        addIfSet(s3Only, "--month", month);
        addIfSet(s3Only, "--aws-profile", awsProfile);
        addIfSet(s3Only, "--aws-region", awsRegion);
        addIfSet(s3Only, "--aws-endpoint-url", awsEndpointUrl);
        return s3Only.isEmpty() ? null : String.join(", ", s3Only) + " appl" + (s3Only.size() == 1 ? "ies" : "y")
                + " only to s3:// billing locations, and every --billing given is a local file";
    }

    private static void addIfSet(List<String> names, String name, String value) {
        if (value != null) {
            names.add(name);
        }
    }

    private YearMonth yearMonth() {
        return YearMonth.parse(month.strip());
    }

    private static Path localFile(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CloudcostException("--billing " + argument + " is not a file name: " + e.getReason(), e);
        }
    }
}
