package org.cloudcost.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cloudcost.aliyun.AliyunClients;
import org.cloudcost.aliyun.AliyunPull;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost pull aliyun}: one month of an Alibaba Cloud account (BSS bill, ECS/EIP/RDS
 * inventory, CloudMonitor usage, OSS storage) into a folder, then prints the {@code analyze}
 * command that reads it. Credentials come from Alibaba's default chain
 * ({@code ALIBABA_CLOUD_ACCESS_KEY_ID} / {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}, the credentials
 * file, the ECS RAM role); {@code docs/aliyun.md} gives the read-only RAM policy.
 *
 * <pre>{@code
 * cloudcost pull aliyun --month 2026-10 --regions cn-hangzhou,cn-shanghai --out pulled
 * cloudcost analyze --billing pulled/billing.csv --inventory pulled/inventory.csv --usage pulled/usage-cn-hangzhou.csv ...
 * }</pre>
 */
@Command(name = "aliyun", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Pull one month of an Alibaba Cloud account into DIR: billing.csv (BSS OpenAPI, FOCUS columns),",
            "inventory.csv (ECS, disks, snapshots, EIPs, RDS), usage-REGION.csv (CloudMonitor) and storage-REGION.csv (OSS).",
            "Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET, ~/.alibabacloud/credentials.ini,",
            "or the ECS RAM role. The read-only RAM policy it needs is docs/aliyun-ram-policy.json."})
public final class PullAliyunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billing month, e.g. 2026-10.")
    String month;

    @Option(names = "--regions", split = ",", paramLabel = "REGION", defaultValue = "cn-hangzhou",
            description = "Region ids, comma-separated (default: ${DEFAULT-VALUE}). The bill covers the whole account.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the files (default: cloudcost-pull-aliyun-MONTH).")
    Path out;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send every API call to this endpoint instead of the public ones (a private gateway, a local stub).")
    String endpoint;

    @Option(names = "--international", description = "The account is on the international site (alibabacloud.com).")
    boolean international;

    @Override
    public Integer call() {
        // slf4j-nop makes the tea SDK log through its own logger to stdout (a WARN per integer in a Float field)
        System.getProperties().putIfAbsent("ALIBABA_CLOUD_SDK_LOG_LEVEL", "error");
        YearMonth m = PullCommand.month(spec, month);
        Path dir = out != null ? out : PullCommand.defaultOut("aliyun", m);
        AliyunPull.Report report = new AliyunPull(region -> AliyunClients.builder(region).endpointOverride(endpoint)
                .internationalSite(international).build()).pull(m, regions, dir);
        PullCommand.printWritten(spec, dir, report.lines(), report.analyzeArguments());
        return ExitCodes.OK;
    }

}
