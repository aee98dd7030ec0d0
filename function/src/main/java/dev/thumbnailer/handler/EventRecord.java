package dev.thumbnailer.handler;

/**
 * One record of an event, as an entry point hands it to the edge: what it says happened, to which
 * object, with the key exactly as it arrived.
 *
 * @param urlEncoded whether the key is form-URL-encoded (S3 notifications, Batch Operations tasks)
 *                   or raw (EventBridge); the edge decodes it once, accordingly
 */
public record EventRecord(String eventName, String bucket, String key, boolean urlEncoded) {
}
