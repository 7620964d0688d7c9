package org.cloudcost.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cloudcost.aws.AwsClients;
import org.cloudcost.aws.AwsPull;
import org.cloudcost.aws.AwsPullRequest;
import org.cloudcost.aws.PullListener;
import org.cloudcost.aws.costexplorer.CostExplorerOptions;
import org.cloudcost.core.CloudcostException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost pull aws}: one month of an AWS account (Cost Explorer bill, EC2/RDS/S3
 * inventory, CloudWatch usage, S3 storage) into a folder, then prints the {@code analyze}
 * command that reads it. Credentials come from the AWS SDK's default chain (environment,
 * {@code ~/.aws} profiles, SSO, instance roles); {@code docs/aws.md} gives the read-only IAM
 * policy.
 *
 * <pre>{@code
 * cloudcost pull aws --month 2026-10 --regions us-east-1,eu-west-1 --profile readonly --out pulled
 * cloudcost analyze --billing pulled/billing.csv --inventory pulled/inventory.csv --usage pulled/usage-us-east-1.csv ...
 * }</pre>
 */
@Command(name = "aws", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Pull one month of an AWS account into DIR: billing.csv (Cost Explorer, FOCUS columns),",
            "inventory.csv (EC2 instances, volumes, snapshots, Elastic IPs, NAT gateways, RDS, S3 buckets),",
            "usage-REGION.csv (CloudWatch) and storage-REGION.csv (S3 Inventory reports, else CloudWatch sizes).",
            "Credentials: the AWS default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, ~/.aws profiles, SSO,",
            "instance roles). The read-only IAM policy it needs is docs/aws-iam-policy.json."})
public final class PullAwsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month, e.g. 2026-10.")
    String month;

    @Option(names = "--regions", split = ",", paramLabel = "REGION",
            description = "Region ids, comma-separated (default: the profile's or AWS_REGION's region). The bill covers the whole account.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile of ~/.aws/credentials or ~/.aws/config (default: AWS_PROFILE, else default).")
    String profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the files (default: cloudcost-pull-aws-MONTH).")
    Path out;

    @Option(names = "--tag-key", paramLabel = "KEY",
            description = "Split the Cost Explorer bill by this cost allocation tag (one more query per linked account).")
    String tagKey;

    @Option(names = "--resource-level",
            description = "Split the month's days within the last 14 by resource (GetCostAndUsageWithResources; an opt-in of Cost Explorer).")
    boolean resourceLevel;

    @Option(names = "--no-billing",
            description = "Do not ask Cost Explorer: analyse the CUR files the payer account delivers instead (analyze --billing FILES).")
    boolean noBilling;

    @Option(names = "--account-id", paramLabel = "ID",
            description = "The 12-digit account id of the credentials (default: read from EC2 DescribeSecurityGroups).")
    String accountId;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send every API call to this endpoint instead of AWS's (a VPC endpoint gateway, a local stub).")
    String endpointUrl;

    @Option(names = "--no-progress", description = "Draw no progress bars.")
    boolean noProgress;

    @Override
    public Integer call() {
        YearMonth m = PullCommand.month(spec, month);
        Path dir = out != null ? out : PullCommand.defaultOut("aws", m);
        AwsPull.Report report;
        try (AwsClients aws = AwsClients.builder().profile(profile).endpointOverride(endpointUrl).build();
             PhaseBars bars = PhaseBars.onStderr(noProgress)) {
            AwsPullRequest request = AwsPullRequest.of(m, regions()).withBilling(!noBilling).withAccountId(accountId)
                    .withCostExplorer(CostExplorerOptions.defaults().withTagKey(tagKey).withResourceLevel(resourceLevel));
            report = new AwsPull(aws, java.time.Clock.systemUTC(), bars).pull(request, dir);
        }
        PullCommand.printWritten(spec, dir, report.lines(), report.analyzeArguments());
        return ExitCodes.OK;
    }

    private List<String> regions() {
        if (!regions.isEmpty()) {
            return regions.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        }
        return List.of(AwsClients.defaultRegion(profile).orElseThrow(() -> new CloudcostException(
                "no region given and none configured: pass --regions us-east-1 (or set AWS_REGION, or a region in the profile)")));
    }


    /** One progress bar per phase on stderr when someone watches (see {@link TerminalProgress#wanted}), else nothing. */
    static final class PhaseBars implements PullListener, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        private PhaseBars(boolean enabled) {
            this.enabled = enabled;
        }

        static PhaseBars onStderr(boolean noProgress) {
            String told = System.getProperty(TerminalProgress.STDERR_TERMINAL);
            boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
            return new PhaseBars(TerminalProgress.wanted(noProgress, terminal, System.getenv()));
        }

        @Override
        public void phase(String name, int steps) {
            if (!enabled) {
                return;
            }
            close();
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(steps).setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
        }

        @Override
        public void step(String done) {
            if (bar != null) {
                bar.setExtraMessage(done);
                bar.step();
            }
        }

        @Override
        public void phaseDone(String name) {
            close();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
