package org.cloudcost.aws.internal;

/**
 * Names AWS files and frames agree on.
 *
 * <pre>{@code
 * cells.put("ProviderName", AmazonWebServices.PROVIDER_NAME);   // "AWS"
 * }</pre>
 */
public final class AmazonWebServices {
    /**
     * The FOCUS {@code ProviderName} AWS writes in its own FOCUS export (Data Exports, "FOCUS 1.2
     * with AWS columns"); the price catalog answers to it ({@code aws-prices.yaml}).
     */
    public static final String PROVIDER_NAME = "AWS";

    private AmazonWebServices() {
    }
}
