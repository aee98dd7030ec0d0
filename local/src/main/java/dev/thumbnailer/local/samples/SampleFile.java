package dev.thumbnailer.local.samples;

/** A file to upload: its object key and content. */
public record SampleFile(String key, byte[] bytes) {
}
