package dev.thumbnailer.handler;

import java.util.Map;
import java.util.function.Consumer;

/** CleanupFunction: {@code s3:ObjectRemoved:*} → every derivative of the deleted original removed. */
public final class CleanupHandler extends S3EventHandler {

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public CleanupHandler() {
        super(EventKind.REMOVED, System.getenv(), STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what the local runner uses. */
    public CleanupHandler(Map<String, String> env, Consumer<String> logSink) {
        super(EventKind.REMOVED, env, logSink);
    }
}
