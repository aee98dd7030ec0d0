package dev.thumbnailer.local.lambda;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import dev.thumbnailer.service.Outcome;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every function of template.yaml, loaded once, with events routed to them as S3 would route them. */
public final class LocalFunctions {

    private final SamTemplate template;
    private final Map<String, LocalFunction> byLogicalId;

    private LocalFunctions(SamTemplate template, Map<String, LocalFunction> byLogicalId) {
        this.template = template;
        this.byLogicalId = byLogicalId;
    }

    public static LocalFunctions load(SamTemplate template, Map<String, String> localEnvironment, PrintStream functionLog) {
        Map<String, LocalFunction> loaded = new LinkedHashMap<>();
        // Only the functions S3 notifications invoke: the runner delivers S3 events.
        for (FunctionSpec spec : template.functions().values().stream().filter(f -> !f.s3Events().isEmpty()).toList()) {
            loaded.put(spec.logicalId(), HandlerLoader.load(spec, localEnvironment, functionLog));
        }
        return new LocalFunctions(template, loaded);
    }

    /** The function whose S3 event types include {@code eventName}, per the template. */
    public LocalFunction forEvent(String eventName) {
        return byLogicalId.get(template.functionFor(eventName).logicalId());
    }

    /** Delivers an event to the function its (first) record's event name routes to. */
    public List<Outcome> deliver(S3Event event) {
        return forEvent(event.getRecords().getFirst().getEventName()).invoke(event);
    }
}
