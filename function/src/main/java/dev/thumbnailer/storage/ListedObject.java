package dev.thumbnailer.storage;

/**
 * One object of a listing: what LIST tells without a HEAD.
 *
 * @param eTag without the surrounding quotes, the same value a HEAD returns
 */
public record ListedObject(String key, long size, String eTag) {
}
