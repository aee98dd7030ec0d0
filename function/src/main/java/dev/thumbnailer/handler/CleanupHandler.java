package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** CleanupFunction: {@code s3:ObjectRemoved:*} → every derivative of the deleted original removed. */
public final class CleanupHandler implements RequestHandler<S3Event, String> {

    private final RecordProcessor processor;
    private final SnapStartPriming priming;

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public CleanupHandler() {
        this(System.getenv());
    }

    /** Built from an explicit environment: what tests and the local runner use. */
    public CleanupHandler(Map<String, String> env) {
        this(env, line -> System.out.println(line));
    }

    /** The same, with log lines sent to {@code logSink} instead of stdout (the local runner writes them to a file). */
    public CleanupHandler(Map<String, String> env, Consumer<String> logSink) {
        this(FunctionComponents.fromEnvironment(env), logSink);
    }

    public CleanupHandler(FunctionComponents components, Consumer<String> logSink) {
        this.processor = new RecordProcessor("ObjectRemoved:", components.cleaner()::clean, new OutcomeLog(logSink));
        this.priming = SnapStartPriming.register(components);
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        return RecordProcessor.summary(handle(event, context));
    }

    /** The outcomes themselves, for callers in the same JVM (tests, the local runner). */
    public List<Outcome> handle(S3Event event, Context context) {
        return processor.processAll(event, context);
    }
}
