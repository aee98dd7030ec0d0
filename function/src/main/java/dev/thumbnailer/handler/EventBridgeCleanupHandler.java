package dev.thumbnailer.handler;

import java.util.Map;
import java.util.function.Consumer;

/** The existing-bucket CleanupFunction: EventBridge {@code Object Deleted} (raw key) → every derivative of the deleted original removed. */
public final class EventBridgeCleanupHandler extends EventBridgeHandler {

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public EventBridgeCleanupHandler() {
        super(EventKind.REMOVED, System.getenv(), RecordEventHandler.STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what local tools and tests use. */
    public EventBridgeCleanupHandler(Map<String, String> env, Consumer<String> logSink) {
        super(EventKind.REMOVED, env, logSink);
    }
}
