package org.cloudcost.aliyun;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.teaopenapi.models.Config;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cloudcost.aliyun.oss.OssCredentials;
import org.cloudcost.core.CloudcostException;

/**
 * Builds the real Alibaba Cloud SDK clients the providers of this module wrap: BSS OpenAPI
 * (bills), CloudMonitor, ECS, VPC, RDS and OSS, all for one region and one set of credentials.
 *
 * <p><b>Credentials</b> come from Alibaba's default chain ({@code com.aliyun.credentials.Client}):
 * system properties {@code alibabacloud.accessKeyId}/{@code alibabacloud.accessKeySecret}, the
 * environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID}/{@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}
 * (and {@code ALIBABA_CLOUD_SECURITY_TOKEN}), OIDC role variables, the aliyun CLI's
 * {@code ~/.aliyun/config.json}, the ini file {@code ~/.alibabacloud/credentials.ini} (or the one
 * {@code ALIBABA_CLOUD_CREDENTIALS_FILE} names), and the ECS instance RAM role when
 * {@code ALIBABA_CLOUD_ECS_METADATA} names it. {@link Builder#build()} asks the chain once, so a
 * missing credential fails there with one line saying where to put one.
 *
 * <p><b>Endpoints</b> (public, from each product's endpoint table): BSS
 * {@code business.aliyuncs.com} for Chinese regions and {@code business.ap-southeast-1.aliyuncs.com}
 * elsewhere or for international-site accounts ({@link Builder#internationalSite(boolean)});
 * CloudMonitor {@code metrics.<region>.aliyuncs.com}; ECS {@code ecs.<region>.aliyuncs.com}; VPC
 * {@code vpc.<region>.aliyuncs.com}; RDS {@code rds.aliyuncs.com} in its central regions, else
 * {@code rds.<region>.aliyuncs.com}; OSS {@code oss-<region>.aliyuncs.com}. An endpoint override
 * ({@code http://localhost:8089}, or a private gateway) sends every client there instead.
 *
 * <pre>{@code
 * try (AliyunClients clients = AliyunClients.builder("cn-hangzhou").build()) {
 *     OssApi oss = new SdkOssApi(clients.oss(), AliyunCalls.withDefaults());
 *     new AliyunStoragePull(oss, StoragePullOptions.defaults().withRegion(clients.regionId())).pull(out);
 * }
 * }</pre>
 */
public final class AliyunClients implements AutoCloseable {
    /** The services this module calls. */
    public enum Service { BSS, CMS, ECS, VPC, RDS, OSS }

    /** Regions served by the central RDS endpoint {@code rds.aliyuncs.com} (ApsaraDB RDS endpoint table). */
    static final Set<String> RDS_CENTRAL_REGIONS = Set.of("cn-qingdao", "cn-beijing", "cn-hangzhou", "cn-shanghai",
            "cn-shenzhen", "cn-heyuan", "cn-hongkong", "us-east-1", "us-west-1");

    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");

    /** What to tell a user without credentials: one line, no stack trace. */
    static final String NO_CREDENTIALS = "No Alibaba Cloud credentials found: set ALIBABA_CLOUD_ACCESS_KEY_ID and"
            + " ALIBABA_CLOUD_ACCESS_KEY_SECRET, or add a default profile to ~/.alibabacloud/credentials.ini (or the file"
            + " ALIBABA_CLOUD_CREDENTIALS_FILE names), or configure the aliyun CLI (~/.aliyun/config.json), or on ECS set"
            + " ALIBABA_CLOUD_ECS_METADATA to the instance's RAM role";

    private final String regionId;
    private final com.aliyun.bssopenapi20171214.Client bss;
    private final com.aliyun.cms20190101.Client cms;
    private final com.aliyun.ecs20140526.Client ecs;
    private final com.aliyun.vpc20160428.Client vpc;
    private final com.aliyun.rds20140815.Client rds;
    private final String ossEndpoint;
    private final com.aliyun.credentials.Client credentials;
    private OSS oss;

    private AliyunClients(Builder b, com.aliyun.credentials.Client credentials) {
        this.regionId = b.regionId;
        this.credentials = credentials;
        this.bss = create("BSS", () -> new com.aliyun.bssopenapi20171214.Client(b.config(Service.BSS, credentials)));
        this.cms = create("CloudMonitor", () -> new com.aliyun.cms20190101.Client(b.config(Service.CMS, credentials)));
        this.ecs = create("ECS", () -> new com.aliyun.ecs20140526.Client(b.config(Service.ECS, credentials)));
        this.vpc = create("VPC", () -> new com.aliyun.vpc20160428.Client(b.config(Service.VPC, credentials)));
        this.rds = create("RDS", () -> new com.aliyun.rds20140815.Client(b.config(Service.RDS, credentials)));
        this.ossEndpoint = b.override != null ? b.override.getScheme() + "://" + b.override.getRawAuthority()
                : "https://" + endpoint(Service.OSS, regionId);
    }

    /** Starts a factory for {@code regionId} ({@code cn-hangzhou}) with the default credentials chain. */
    public static Builder builder(String regionId) {
        return new Builder(regionId);
    }

    /**
     * The public endpoint of {@code service} in {@code regionId}, as the product's endpoint table
     * gives it (China-site BSS).
     */
    public static String endpoint(Service service, String regionId) {
        String r = checkRegion(regionId);
        return switch (service) {
            case BSS -> r.startsWith("cn-") ? "business.aliyuncs.com" : "business.ap-southeast-1.aliyuncs.com";
            case CMS -> "metrics." + r + ".aliyuncs.com";
            case ECS -> "ecs." + r + ".aliyuncs.com";
            case VPC -> "vpc." + r + ".aliyuncs.com";
            case RDS -> RDS_CENTRAL_REGIONS.contains(r) ? "rds.aliyuncs.com" : "rds." + r + ".aliyuncs.com";
            case OSS -> "oss-" + r + ".aliyuncs.com";
        };
    }

    public String regionId() {
        return regionId;
    }

    /** BSS OpenAPI 2017-12-14: DescribeInstanceBill, QueryBillOverview. */
    public com.aliyun.bssopenapi20171214.Client bss() {
        return bss;
    }

    /** CloudMonitor 2019-01-01: DescribeMetricList. */
    public com.aliyun.cms20190101.Client cms() {
        return cms;
    }

    /** ECS 2014-05-26: instances, disks, snapshots. */
    public com.aliyun.ecs20140526.Client ecs() {
        return ecs;
    }

    /** VPC 2016-04-28: EIP addresses. */
    public com.aliyun.vpc20160428.Client vpc() {
        return vpc;
    }

    /** RDS 2014-08-15: database instances. */
    public com.aliyun.rds20140815.Client rds() {
        return rds;
    }

    /** The OSS client, made on first use (it starts a connection pool); {@link #close()} shuts it down. */
    public synchronized OSS oss() {
        if (oss == null) {
            oss = new OSSClientBuilder().build(ossEndpoint, new OssCredentials(credentials));
        }
        return oss;
    }

    /** The URL the OSS client talks to. */
    public String ossEndpoint() {
        return ossEndpoint;
    }

    /** Shuts the OSS client down if it was made; the tea clients hold nothing to close. */
    @Override
    public synchronized void close() {
        if (oss != null) {
            oss.shutdown();
            oss = null;
        }
    }

    /** Builds {@link AliyunClients}. */
    public static final class Builder {
        private final String regionId;
        private com.aliyun.credentials.Client credentials;
        private URI override;
        private boolean internationalSite;

        private Builder(String regionId) {
            this.regionId = checkRegion(regionId);
        }

        /** Uses these credentials instead of the default chain (a static key, an assumed role, a test key). */
        public Builder credentials(com.aliyun.credentials.Client credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Sends every client to {@code url} ({@code http://localhost:8089}, {@code https://gateway.example});
         * {@code null} restores the public endpoints.
         *
         * @throws CloudcostException when {@code url} is not an http or https URL with a host
         */
        public Builder endpointOverride(String url) {
            if (url == null) {
                override = null;
                return this;
            }
            URI u;
            try {
                u = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new CloudcostException("Endpoint override " + url + " is not a URL: " + e.getMessage(), e);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new CloudcostException("Endpoint override " + url + " must look like http://host:port or https://host");
            }
            override = u;
            return this;
        }

        /**
         * An international-site (alibabacloud.com) account calls BSS at
         * {@code business.ap-southeast-1.aliyuncs.com} whatever the region; a China-site account at
         * {@code business.aliyuncs.com}. Default: chosen by the region.
         */
        public Builder internationalSite(boolean international) {
            this.internationalSite = international;
            return this;
        }

        /**
         * Resolves the credentials once and makes the clients.
         *
         * @throws CloudcostException naming the environment variables and files to use when no
         *         credential is found, or when a client cannot be made
         */
        public AliyunClients build() {
            com.aliyun.credentials.Client chain = credentials != null ? credentials : defaultChain();
            try {
                chain.getCredential();
            } catch (RuntimeException e) {
                throw new CloudcostException(NO_CREDENTIALS, e);
            }
            return new AliyunClients(this, chain);
        }

        private static com.aliyun.credentials.Client defaultChain() {
            try {
                return new com.aliyun.credentials.Client();
            } catch (RuntimeException e) {
                throw new CloudcostException(NO_CREDENTIALS, e);
            }
        }

        Config config(Service service, com.aliyun.credentials.Client chain) {
            Config c = new Config().setCredential(chain).setRegionId(regionId);
            if (override != null) {
                return c.setEndpoint(override.getRawAuthority()).setProtocol(override.getScheme().toUpperCase(Locale.ROOT));
            }
            String endpoint = service == Service.BSS && internationalSite ? "business.ap-southeast-1.aliyuncs.com"
                    : endpoint(service, regionId);
            return c.setEndpoint(endpoint).setProtocol("HTTPS");
        }
    }

    @FunctionalInterface
    private interface Maker<T> {
        T make() throws Exception;
    }

    private static <T> T create(String name, Maker<T> maker) {
        try {
            return maker.make();
        } catch (Exception e) {
            throw new CloudcostException("Cannot create the Alibaba Cloud " + name + " client: " + e.getMessage(), e);
        }
    }

    private static String checkRegion(String regionId) {
        if (regionId == null || !REGION.matcher(regionId).matches()) {
            throw new CloudcostException("Alibaba Cloud region id expected (cn-hangzhou, ap-southeast-1, …), found "
                    + (regionId == null ? "nothing" : "\"" + regionId + "\""));
        }
        return regionId;
    }
}
