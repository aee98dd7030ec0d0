package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every function invoked directly with an event of records is, whoever sends it (S3's
 * notifications, EventBridge): the event's records handed to the shared {@link RecordEdge} for one
 * {@link EventKind}, one summary line returned. A subclass only says how its event becomes
 * {@link EventRecord}s; construction and priming are the same for all.
 *
 * @param <E> the event type the Lambda runtime deserialises
 */
public abstract sealed class RecordEventHandler<E> implements RequestHandler<E, String>
        permits S3EventHandler, EventBridgeHandler {

    static final Consumer<String> STDOUT = System.out::println;

    private final RecordEdge edge;
    private final SnapStartPriming priming;

    RecordEventHandler(EventKind kind, FunctionComponents components, Consumer<String> logSink) {
        this.edge = new RecordEdge(kind, components.thumbnails(), OutcomeLog.withMetrics(components.settings(), logSink));
        this.priming = SnapStartPriming.register(components); // held here: the CRaC context may hold it weakly
    }

    @Override
    public String handleRequest(E event, Context context) {
        return RecordEdge.summary(handle(event, context));
    }

    /** The outcomes themselves, for callers in the same JVM (tests, the local runner). */
    public List<Outcome> handle(E event, Context context) {
        return edge.processAll(records(event), context);
    }

    /** The event's records as the edge takes them. */
    abstract List<EventRecord> records(E event);
}
