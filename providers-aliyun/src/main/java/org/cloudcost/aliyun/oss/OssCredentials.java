package org.cloudcost.aliyun.oss;

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.oss.common.auth.Credentials;
import com.aliyun.oss.common.auth.CredentialsProvider;
import com.aliyun.oss.common.auth.DefaultCredentials;
import java.util.Objects;

/**
 * Lets the OSS client use Alibaba's credentials chain ({@code com.aliyun.credentials.Client}) like
 * the tea clients do: each request asks the chain, so STS tokens of an ECS RAM role or an
 * assumed role are refreshed by the chain, not frozen at start.
 *
 * <pre>{@code
 * OSS oss = new OSSClientBuilder().build("https://oss-cn-hangzhou.aliyuncs.com",
 *         new OssCredentials(new com.aliyun.credentials.Client()));
 * }</pre>
 */
public final class OssCredentials implements CredentialsProvider {
    private final com.aliyun.credentials.Client chain;

    public OssCredentials(com.aliyun.credentials.Client chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    @Override
    public Credentials getCredentials() {
        CredentialModel m = chain.getCredential();
        String token = m.getSecurityToken();
        return token == null || token.isEmpty()
                ? new DefaultCredentials(m.getAccessKeyId(), m.getAccessKeySecret())
                : new DefaultCredentials(m.getAccessKeyId(), m.getAccessKeySecret(), token);
    }

    /** The chain decides the credentials; setting them from outside is not supported. */
    @Override
    public void setCredentials(Credentials credentials) {
        throw new UnsupportedOperationException("credentials come from the Alibaba Cloud credentials chain");
    }
}
