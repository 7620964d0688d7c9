package org.cloudcost.aws.internal;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.cloudcost.core.CloudcostException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS API call the way every adapter of this module must. Throttling and server
 * errors are retried by the SDK's own standard retry strategy (the clients are built with it);
 * what is left when the SDK gives up becomes one {@link CloudcostException} line that names the
 * IAM action, the error code and the message, so the CLI never prints a stack trace. Access
 * errors ({@code AccessDenied}, {@code AccessDeniedException}, {@code UnauthorizedOperation},
 * {@code UnauthorizedAccess}, {@code AuthorizationError}) say which IAM action to grant.
 *
 * <pre>{@code
 * DescribeInstancesResponse r = AwsCalls.call("ec2:DescribeInstances", () -> ec2.describeInstances(request));
 * }</pre>
 */
public final class AwsCalls {
    /** Error codes AWS services use for a missing permission. */
    static final Set<String> ACCESS_DENIED_CODES = Set.of(
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
            "AuthorizationError", "Client.UnauthorizedOperation");

    private AwsCalls() {
    }

    /**
     * Runs {@code call}.
     *
     * @param iamAction the IAM action the call needs, as a policy names it ({@code ec2:DescribeInstances})
     * @throws CloudcostException on any error the SDK did not retry away
     */
    public static <T> T call(String iamAction, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            throw new CloudcostException(describe(iamAction, e), e);
        } catch (SdkClientException e) {
            throw new CloudcostException(iamAction + " failed before AWS answered: " + oneLine(e.getMessage()), e);
        } catch (SdkException e) {
            throw new CloudcostException(iamAction + " failed: " + oneLine(e.getMessage()), e);
        }
    }

    /** True when {@code e} says the caller lacks a permission. */
    public static boolean isAccessDenied(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code != null && ACCESS_DENIED_CODES.contains(code) || e.statusCode() == 403 && code == null;
    }

    static String describe(String iamAction, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        String what = code == null ? "HTTP " + e.statusCode() : code;
        if (isAccessDenied(e)) {
            return iamAction + " was denied (" + what + "): grant \"" + iamAction
                    + "\" to the credentials in use (docs/aws-iam-policy.json lists every action cloudcost calls)";
        }
        String text = iamAction + " failed: " + what;
        if (message != null && !message.isBlank()) {
            text += ": " + oneLine(message);
        }
        if (e.isThrottlingException()) {
            text += " (still throttled after the SDK's retries; try again later)";
        }
        return text;
    }

    /** {@code s} on one line (blanks and line breaks collapsed), at most 300 characters; "" for null. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat.toLowerCase(Locale.ROOT).equals("null") ? "" : flat;
    }
}
