package org.cloudcost.aliyun.internal;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What every Alibaba Cloud file this module writes or reads agrees on: the provider's name in the
 * frames, the currency of a bill that names none, the time zone of bill days, and how a currency
 * text is written.
 *
 * <pre>{@code
 * AlibabaCloud.currency(" cny ");   // CNY
 * AlibabaCloud.currency("");        // CNY (the China site bills in CNY)
 * LocalDate today = LocalDate.now(AlibabaCloud.CHINA);
 * }</pre>
 */
public final class AlibabaCloud {
    /** ProviderName of every billing line and inventory row. */
    public static final String PROVIDER_NAME = "Alibaba Cloud";
    /** The currency of a bill line that names none: the China site bills in CNY. */
    public static final String DEFAULT_CURRENCY = "CNY";
    /** Bill days and billing months are China time (UTC+8, no daylight saving). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AlibabaCloud() {
    }

    /** {@code text} as a currency code: trimmed and upper case; {@value #DEFAULT_CURRENCY} when null or blank. */
    public static String currency(String text) {
        return text == null || text.isBlank() ? DEFAULT_CURRENCY : text.strip().toUpperCase(Locale.ROOT);
    }
}
