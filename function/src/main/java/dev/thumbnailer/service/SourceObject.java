package dev.thumbnailer.service;

/** An original named by an event: bucket and the already-decoded key. */
public record SourceObject(String bucket, String key) {

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
