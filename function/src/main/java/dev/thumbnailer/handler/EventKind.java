package dev.thumbnailer.handler;

/**
 * The kinds of event the functions act on, and the one place their names are matched. S3
 * notifications name them {@code ObjectCreated:Put}, {@code ObjectRemoved:Delete} and so on (the
 * {@code s3:} form appears in configurations and some tools' events); EventBridge names them by
 * its {@code detail-type}, {@code Object Created} and {@code Object Deleted}. Each function acts on
 * its kind and skips the rest.
 */
public enum EventKind {
    CREATED("ObjectCreated:", "Object Created"),
    REMOVED("ObjectRemoved:", "Object Deleted");

    private final String prefix;
    private final String detailType;

    EventKind(String prefix, String detailType) {
        this.prefix = prefix;
        this.detailType = detailType;
    }

    public boolean matches(String eventName) {
        return eventName != null && (eventName.startsWith(prefix) || eventName.startsWith("s3:" + prefix) || eventName.equals(detailType));
    }

    /** EventBridge's {@code detail-type} for this kind. */
    public String detailType() {
        return detailType;
    }

    /** The names it covers, e.g. {@code ObjectCreated:*}. */
    public String wildcard() {
        return prefix + "*";
    }
}
