package org.cloudcost.aliyun.internal;

import com.aliyun.tea.TeaException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import org.cloudcost.core.CloudcostException;

/**
 * Runs one Alibaba Cloud API call the way every adapter of this module must: throttling
 * ({@code Throttling}, {@code Throttling.User}, {@code Throttling.Api}, HTTP 429 or 503 with a
 * {@code ServiceUnavailable} code), server errors (HTTP 500–504, {@code InternalError}) and
 * network hiccups (a read timeout, a dropped connection) are retried with exponential back-off,
 * because the tea SDK does not retry by default and every call here only reads; any other error
 * becomes one {@link CloudcostException} line naming the action, the code and the message
 * ({@code Forbidden.RAM} adds what to grant), so the CLI never prints a stack trace.
 *
 * <pre>{@code
 * AliyunCalls calls = AliyunCalls.withDefaults();
 * DescribeInstanceBillResponse r = calls.call("DescribeInstanceBill", () -> client.describeInstanceBill(request));
 * }</pre>
 */
public final class AliyunCalls {
    /** Attempts in all (the first call and its retries) before a throttled call fails. */
    public static final int DEFAULT_ATTEMPTS = 6;
    /** First back-off; each retry doubles it (0.5, 1, 2, 4, 8 s): Alibaba's quotas are per second or per minute. */
    public static final long DEFAULT_FIRST_BACKOFF_MILLIS = 500;

    /** How the caller waits; tests pass a recorder instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final int attempts;
    private final long firstBackoffMillis;
    private final Sleeper sleeper;

    public AliyunCalls(int attempts, long firstBackoffMillis, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstBackoffMillis = firstBackoffMillis;
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** {@value #DEFAULT_ATTEMPTS} attempts from {@value #DEFAULT_FIRST_BACKOFF_MILLIS} ms, sleeping for real. */
    public static AliyunCalls withDefaults() {
        return new AliyunCalls(DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF_MILLIS, Thread::sleep);
    }

    /** A checked SDK call (the tea clients declare {@code throws Exception}). */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code call}, retrying throttling.
     *
     * @param action the API action, for messages ({@code DescribeInstanceBill})
     * @throws CloudcostException on any other error, or when throttling outlasts the attempts
     */
    public <T> T call(String action, Call<T> call) {
        long backoff = firstBackoffMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (TeaException e) {
                if (!(isThrottling(e) || isServerError(e)) || attempt >= attempts) {
                    throw failure(action, e, attempt);
                }
            } catch (Exception e) {
                IOException transientCause = transientCause(e);
                if (transientCause == null) {
                    throw new CloudcostException("Alibaba Cloud " + action + " failed: "
                            + oneLine(String.valueOf(e.getMessage())) + " (" + e.getClass().getSimpleName() + ")", e);
                }
                if (attempt >= attempts) {
                    throw new CloudcostException("Alibaba Cloud " + action + " failed: "
                            + oneLine(String.valueOf(transientCause.getMessage())) + " ("
                            + transientCause.getClass().getSimpleName() + "; still failing after " + attempt + " attempts)", e);
                }
            }
            try {
                sleeper.sleep(backoff);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new CloudcostException("Alibaba Cloud " + action + ": interrupted while waiting out throttling", ie);
            }
            backoff *= 2;
        }
    }

    /**
     * A server-side failure worth another try: HTTP 500, 502, 503 or 504, or the code
     * {@code InternalError}. Every call of this module only reads, so a retry cannot do anything twice.
     */
    static boolean isServerError(TeaException e) {
        String code = e.getCode() == null ? "" : e.getCode();
        Integer status = e.getStatusCode();
        return code.startsWith("InternalError") || (status != null && status >= 500 && status <= 504);
    }

    /**
     * The network failure behind {@code e} when another try may succeed: a read timeout or a
     * connection dropped mid-way. A refused connection or an unknown host is a set-up error
     * (a wrong endpoint), not retried.
     */
    static IOException transientCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return null;
            }
            if (t instanceof SocketTimeoutException || t instanceof SocketException || t instanceof EOFException) {
                return (IOException) t;
            }
        }
        return null;
    }

    /** Throttling codes of the Alibaba Cloud APIs, and HTTP 429. */
    static boolean isThrottling(TeaException e) {
        String code = e.getCode() == null ? "" : e.getCode();
        Integer status = e.getStatusCode();
        return code.startsWith("Throttling") || code.equals("ServiceUnavailable") || (status != null && status == 429);
    }

    private static CloudcostException failure(String action, TeaException e, int attempt) {
        String code = e.getCode() == null ? "(no code)" : e.getCode();
        String message = e.getMessage() == null ? "" : e.getMessage();
        StringBuilder line = new StringBuilder("Alibaba Cloud ").append(action).append(" failed: ").append(code);
        if (!message.isBlank()) {
            line.append(": ").append(oneLine(message));
        }
        if (isThrottling(e)) {
            line.append(" (still throttled after ").append(attempt).append(" attempts)");
        } else if (isServerError(e)) {
            line.append(" (still failing after ").append(attempt).append(" attempts)");
        } else if (code.toLowerCase(Locale.ROOT).startsWith("forbidden") || code.startsWith("NoPermission")) {
            line.append(" (grant the RAM user or role the read-only policy in docs/aliyun-ram-policy.json)");
        } else if (code.startsWith("InvalidAccessKeyId") || code.startsWith("SignatureDoesNotMatch")) {
            line.append(" (check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET or the credentials file)");
        }
        return new CloudcostException(line.toString(), e);
    }

    /**
     * Messages from the SDK may carry line breaks and request dumps, and the tea client wraps the
     * API's message as {@code code: 400, <message> request id: <id>}: keep the message itself, on
     * one line, cut when long.
     */
    static String oneLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        first = first.replaceFirst("^code: \\d+, ", "").replaceFirst("\\s*request id: \\S+.*$", "");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
