package dev.thumbnailer.service;

/** The user-metadata names on derivatives and rejection markers, for readers outside this package. */
public final class DerivativeMetadata {

    /** The ETag of the original a derivative or marker was made from: equal to the original's now means current. */
    public static final String SOURCE_ETAG = DerivativeStore.SOURCE_ETAG;
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String REJECTION_CODE = "rejection-code";

    private DerivativeMetadata() {
    }
}
