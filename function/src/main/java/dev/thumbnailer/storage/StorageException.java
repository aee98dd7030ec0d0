package dev.thumbnailer.storage;

import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * An infrastructure failure talking to S3 (network, throttling, permissions). Propagates out of the
 * handler so that Lambda retries the event; bad uploads are never reported this way.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String operation, String bucket, String key, Throwable cause) {
        super(operation + " s3://" + bucket + "/" + key + " failed: " + detail(cause), cause);
    }

    /** A KMS denial says which key and action, not just "Access Denied" (see {@link KmsDenial}). */
    private static String detail(Throwable cause) {
        return cause instanceof SdkServiceException service
                ? KmsDenial.of(service).map(KmsDenial::explanation).orElse(cause.getMessage())
                : cause.getMessage();
    }
}
