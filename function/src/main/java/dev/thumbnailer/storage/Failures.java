package dev.thumbnailer.storage;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Whether an infrastructure failure is worth retrying, for callers that must say so themselves
 * (S3 Batch Operations retries a task answered {@code TemporaryFailure}, never a
 * {@code PermanentFailure}). Transient: throttling, 5xx, timeouts and broken connections, which
 * the SDK has already retried a few times. Everything else (403, other 4xx) will fail the same
 * way until someone changes a policy or a key.
 */
public final class Failures {

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SdkServiceException service) {
                return service.statusCode() >= 500 || service.isThrottlingException() || service.statusCode() == 408;
            }
            if (t instanceof SdkClientException) {
                return true; // no answer from the service: timeout, connection reset, DNS
            }
        }
        return false;
    }

    /** A short machine-readable code: {@code s3-503}, {@code kms-denied}, {@code client}, {@code internal}. */
    public static String code(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SdkServiceException service) {
                return KmsDenial.of(service).isPresent() ? "kms-denied" : "s3-" + service.statusCode();
            }
            if (t instanceof SdkClientException) {
                return "client";
            }
        }
        return "internal";
    }
}
