package dev.thumbnailer.local.template;

import java.util.List;
import java.util.Map;

/** The parts of template.yaml that local tools act on: parameter defaults and the functions. */
public record SamTemplate(Map<String, String> parameterDefaults, Map<String, FunctionSpec> functions) {

    public FunctionSpec function(String logicalId) {
        FunctionSpec spec = functions.get(logicalId);
        if (spec == null) {
            throw new TemplateException("template.yaml has no function " + logicalId + " (it has " + functions.keySet() + ")");
        }
        return spec;
    }

    /** The functions S3 events invoke, in template order. */
    public List<FunctionSpec> s3Functions() {
        return functions.values().stream().filter(f -> !f.s3Events().isEmpty()).toList();
    }

    /** The one function that serves {@code route} (e.g. {@code POST /uploads}) on an HTTP API. */
    public FunctionSpec functionForRoute(String route) {
        List<FunctionSpec> matching = functions.values().stream().filter(f -> f.httpRoutes().contains(route)).toList();
        if (matching.size() != 1) {
            throw new TemplateException("HTTP route " + route + " is served by " + matching.size() + " functions in template.yaml, expected exactly one");
        }
        return matching.getFirst();
    }

    /** The one function whose S3 events include {@code eventName}, as S3 would route it. */
    public FunctionSpec functionFor(String eventName) {
        List<FunctionSpec> matching = functions.values().stream().filter(f -> f.isInvokedBy(eventName)).toList();
        if (matching.size() != 1) {
            throw new TemplateException("S3 event " + eventName + " invokes " + matching.size()
                    + " functions in template.yaml (" + matching.stream().map(FunctionSpec::logicalId).toList() + "), expected exactly one");
        }
        return matching.getFirst();
    }
}
