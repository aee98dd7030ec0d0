package dev.thumbnailer.local.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code AWS::Serverless::Function} as deployed: its properties with {@code Globals.Function}
 * merged in and intrinsics resolved to their defaults.
 *
 * @param environment       the variables Lambda would set, in template order ({@code AWS::NoValue} ones left out)
 * @param declaredVariables every variable name the template declares, placeholders included: the
 *                          only names {@code sam local invoke --env-vars} can override
 * @param s3Events          the S3 event types that invoke it, e.g. {@code s3:ObjectCreated:*}
 * @param httpRoutes        the HTTP API routes that invoke it, e.g. {@code POST /uploads}
 */
public record FunctionSpec(String logicalId, String handler, String codeUri, String runtime,
                           Map<String, String> environment, Set<String> declaredVariables, List<String> s3Events, List<String> httpRoutes) {

    public FunctionSpec(String logicalId, String handler, String codeUri, String runtime,
                        Map<String, String> environment, Set<String> declaredVariables, List<String> s3Events) {
        this(logicalId, handler, codeUri, runtime, environment, declaredVariables, s3Events, List.of());
    }

    /** Whether an S3 notification record's {@code eventName} (S3 sends it without "s3:") invokes this function. */
    public boolean isInvokedBy(String eventName) {
        String name = eventName.startsWith("s3:") ? eventName : "s3:" + eventName;
        return s3Events.stream().anyMatch(pattern -> pattern.endsWith("*")
                ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                : name.equals(pattern));
    }
}
