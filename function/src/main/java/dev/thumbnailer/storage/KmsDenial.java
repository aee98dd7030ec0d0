package dev.thumbnailer.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * A 403 from S3 that is really KMS saying no. On a bucket encrypted with a customer-managed key,
 * S3 answers GetObject (Decrypt) or PutObject (GenerateDataKey) with {@code 403 AccessDenied}
 * whose message names the KMS action and key, e.g. "User: arn:aws:sts::...:assumed-role/... is
 * not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:...:key/..." (an
 * explicit deny says "... with an explicit deny"). Reported as a bare "forbidden", it sends people
 * to the bucket policy; the fix is on the key (its policy or the role's kms: permissions).
 */
public record KmsDenial(String action, String key) {

    private static final Pattern ACTION = Pattern.compile("(kms:[A-Za-z]+)");
    private static final Pattern KEY = Pattern.compile("(arn:aws[a-z-]*:kms:[^\\s,;\"]+)");

    public static Optional<KmsDenial> of(SdkServiceException e) {
        String message = e.getMessage();
        if (e.statusCode() != 403 || message == null) {
            return Optional.empty();
        }
        Matcher action = ACTION.matcher(message);
        if (!action.find()) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(message);
        return Optional.of(new KmsDenial(action.group(1), key.find() ? stripTrailingDot(key.group(1)) : "(key not named in the error)"));
    }

    /** What the log says instead of the SDK's message. */
    public String explanation() {
        return "KMS denied " + action + " on key " + key + " (S3 answered 403 AccessDenied): allow " + action
                + " on that key for this function's role (template parameter BucketKmsKeyArn) and in the key policy";
    }

    private static String stripTrailingDot(String arn) {
        return arn.endsWith(".") ? arn.substring(0, arn.length() - 1) : arn;
    }
}
