package dev.thumbnailer.handler;

import java.util.Map;
import java.util.function.Consumer;

/** ThumbnailFunction: {@code s3:ObjectCreated:*} → one thumbnail per configured size. */
public final class ThumbnailHandler extends S3EventHandler {

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public ThumbnailHandler() {
        super(EventKind.CREATED, System.getenv(), STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what the local runner uses. */
    public ThumbnailHandler(Map<String, String> env, Consumer<String> logSink) {
        super(EventKind.CREATED, env, logSink);
    }
}
