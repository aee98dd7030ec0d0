package dev.thumbnailer.local.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads template.yaml as SAM would for {@code sam local}: each {@code AWS::Serverless::Function}
 * with {@code Globals.Function} merged in (maps merged, lists appended, the function's own scalars
 * winning) and its Handler, CodeUri, Runtime, environment and S3 events resolved.
 */
public final class TemplateReader {

    private static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";

    private TemplateReader() {
    }

    public static SamTemplate read(Path templateFile) {
        Map<String, Object> root = load(templateFile);
        Map<String, String> defaults = parameterDefaults(root);
        Intrinsics intrinsics = new Intrinsics(defaults);
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        Map<String, FunctionSpec> functions = new LinkedHashMap<>();
        map(root.get("Resources")).forEach((id, resource) -> {
            if (SERVERLESS_FUNCTION.equals(map(resource).get("Type"))) {
                functions.put(id, function(id, map(merge(globals, map(map(resource).get("Properties")))), intrinsics, queueEvents(root)));
            }
        });
        return new SamTemplate(Map.copyOf(defaults), functions);
    }

    /** The whole template as plain maps and lists, short-form intrinsics in their long form ({@code {Ref: X}}). */
    public static Map<String, Object> raw(Path templateFile) {
        return load(templateFile);
    }

    private static Map<String, Object> load(Path templateFile) {
        try (Reader reader = Files.newBufferedReader(templateFile)) {
            return map(CfnYaml.loader().load(reader));
        } catch (IOException e) {
            throw new TemplateException("cannot read " + templateFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TemplateException(templateFile + " is not a readable template: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> parameterDefaults(Map<String, Object> root) {
        Map<String, String> defaults = new LinkedHashMap<>();
        map(root.get("Parameters")).forEach((name, parameter) -> {
            Object value = map(parameter).get("Default");
            if (value != null) {
                defaults.put(name, String.valueOf(value));
            }
        });
        return defaults;
    }

    private static FunctionSpec function(String id, Map<String, Object> properties, Intrinsics intrinsics, Map<Object, List<String>> queueEvents) {
        Map<String, String> environment = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        map(map(properties.get("Environment")).get("Variables")).forEach((name, value) -> {
            declared.add(name);
            intrinsics.resolve(value, id + " Environment.Variables." + name).ifPresent(v -> environment.put(name, v));
        });
        return new FunctionSpec(id, required(properties, "Handler", id, intrinsics), required(properties, "CodeUri", id, intrinsics),
                required(properties, "Runtime", id, intrinsics), environment, declared, s3Events(properties, queueEvents), httpRoutes(properties));
    }

    private static String required(Map<String, Object> properties, String name, String id, Intrinsics intrinsics) {
        return intrinsics.resolve(properties.get(name), id + " " + name)
                .orElseThrow(() -> new TemplateException(id + " " + name + " is AWS::NoValue"));
    }

    /** The S3 event types that reach the function: its own S3 events, and those S3 sends to a queue the function polls. */
    private static List<String> s3Events(Map<String, Object> properties, Map<Object, List<String>> queueEvents) {
        List<String> types = new ArrayList<>();
        map(properties.get("Events")).values().stream().map(TemplateReader::map)
                .filter(event -> "SQS".equals(event.get("Type")))
                .forEach(event -> types.addAll(queueEvents.getOrDefault(map(event.get("Properties")).get("Queue"), List.of())));
        map(properties.get("Events")).values().stream().map(TemplateReader::map)
                .filter(event -> "S3".equals(event.get("Type")))
                .map(event -> map(event.get("Properties")).get("Events"))
                .forEach(value -> {
                    if (value instanceof List<?> list) {
                        list.forEach(item -> types.add(String.valueOf(item)));
                    } else if (value != null) {
                        types.add(String.valueOf(value));
                    }
                });
        return List.copyOf(types);
    }

    private static List<String> httpRoutes(Map<String, Object> properties) {
        return map(properties.get("Events")).values().stream().map(TemplateReader::map)
                .filter(event -> "HttpApi".equals(event.get("Type")))
                .map(event -> map(event.get("Properties")))
                .map(p -> String.valueOf(p.getOrDefault("Method", "ANY")).toUpperCase(Locale.ROOT) + " " + p.getOrDefault("Path", "/"))
                .toList();
    }

    /** Each queue a bucket notifies (its {@code Queue} value, e.g. {@code {Fn::GetAtt: [Q, Arn]}}) → the S3 event types sent to it. */
    private static Map<Object, List<String>> queueEvents(Map<String, Object> root) {
        Map<Object, List<String>> events = new LinkedHashMap<>();
        map(root.get("Resources")).values().stream().map(TemplateReader::map)
                .filter(resource -> "AWS::S3::Bucket".equals(resource.get("Type")))
                .map(bucket -> map(map(bucket.get("Properties")).get("NotificationConfiguration")).get("QueueConfigurations"))
                .filter(List.class::isInstance)
                .forEach(configurations -> ((List<?>) configurations).stream().map(TemplateReader::map).forEach(c ->
                        events.computeIfAbsent(c.get("Queue"), q -> new ArrayList<>()).add(String.valueOf(c.get("Event")))));
        return events;
    }

    /** SAM's Globals rule: maps merge key by key, lists are appended to, scalars are replaced. */
    static Object merge(Object global, Object own) {
        if (global instanceof Map<?, ?> g && own instanceof Map<?, ?> o) {
            Map<String, Object> merged = new LinkedHashMap<>(map(g));
            map(o).forEach((key, value) -> merged.put(key, merge(merged.get(key), value)));
            return merged;
        }
        if (global instanceof List<?> g && own instanceof List<?> o) {
            List<Object> appended = new ArrayList<>(g);
            appended.addAll(o);
            return appended;
        }
        return own == null ? global : own;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new TemplateException("expected a mapping but found " + value);
    }
}
