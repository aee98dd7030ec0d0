package dev.thumbnailer.storage;

/**
 * An infrastructure failure talking to S3 (network, throttling, permissions). Propagates out of the
 * handler so that Lambda retries the event; bad uploads are never reported this way.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String operation, String bucket, String key, Throwable cause) {
        super(operation + " s3://" + bucket + "/" + key + " failed: " + cause.getMessage(), cause);
    }
}
