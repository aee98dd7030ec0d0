package dev.thumbnailer.handler;

import java.util.Map;
import java.util.function.Consumer;

/** The existing-bucket ThumbnailFunction: EventBridge {@code Object Created} (raw key) → one thumbnail per configured size. */
public final class EventBridgeThumbnailHandler extends EventBridgeHandler {

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public EventBridgeThumbnailHandler() {
        super(EventKind.CREATED, System.getenv(), RecordEventHandler.STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what local tools and tests use. */
    public EventBridgeThumbnailHandler(Map<String, String> env, Consumer<String> logSink) {
        super(EventKind.CREATED, env, logSink);
    }
}
