package dev.thumbnailer.handler;

/**
 * The kinds of event the functions act on, and the one place their names are matched. S3
 * notifications name them {@code ObjectCreated:Put}, {@code ObjectRemoved:Delete} and so on (the
 * {@code s3:} form appears in configurations and some tools' events); each function acts on its
 * kind and skips the rest.
 */
public enum EventKind {
    CREATED("ObjectCreated:"),
    REMOVED("ObjectRemoved:");

    private final String prefix;

    EventKind(String prefix) {
        this.prefix = prefix;
    }

    public boolean matches(String eventName) {
        return eventName != null && (eventName.startsWith(prefix) || eventName.startsWith("s3:" + prefix));
    }

    /** The names it covers, e.g. {@code ObjectCreated:*}. */
    public String wildcard() {
        return prefix + "*";
    }
}
