package dev.thumbnailer.service;

/** The user-metadata names on derivatives and rejection markers: the one owner of these names. */
public final class DerivativeMetadata {

    /** The ETag of the original a derivative or marker was made from: equal to the original's now means current. */
    public static final String SOURCE_ETAG = "source-etag";
    /** The version of the original, on versioned buckets. */
    public static final String SOURCE_VERSION_ID = "source-version-id";
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String REJECTION_CODE = "rejection-code";

    private DerivativeMetadata() {
    }
}
