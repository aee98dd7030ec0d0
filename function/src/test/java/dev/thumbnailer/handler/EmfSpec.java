package dev.thumbnailer.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CloudWatch Embedded Metric Format specification as checks on one log line: what a line must
 * be for CloudWatch Logs to extract its metrics rather than drop them (it then counts the line
 * in AWS/Logs EMFValidationErrors). From
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 * and the CloudWatch limits it refers to.
 */
final class EmfSpec {

    static final int MAX_METRICS_PER_DIRECTIVE = 100;
    static final int MAX_DIMENSIONS_PER_SET = 30;
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_DIMENSION_VALUE_LENGTH = 1024;
    static final int MAX_VALUES_PER_METRIC = 100;
    static final int MAX_EVENT_BYTES = 256 * 1024;
    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes",
            "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second",
            "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second",
            "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None");

    private final List<String> problems = new ArrayList<>();
    private Map<?, ?> root;

    private EmfSpec() {
    }

    /** Every way {@code line} breaks the specification; empty when it is a valid EMF document. */
    static List<String> problems(String line) {
        EmfSpec spec = new EmfSpec();
        spec.check(line);
        return spec.problems;
    }

    private void check(String line) {
        require(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_EVENT_BYTES, "line over the log event size limit");
        Object parsed;
        try {
            parsed = JsonValues.parse(line); // the whole line: no text before or after the object
        } catch (IllegalArgumentException e) {
            problems.add("not one JSON value: " + e.getMessage());
            return;
        }
        if (!(parsed instanceof Map<?, ?> object) || !(object.get("_aws") instanceof Map<?, ?> aws)) {
            problems.add("root is not an object with an _aws object");
            return;
        }
        root = object;
        require(aws.get("Timestamp") instanceof Double t && t == Math.floor(t) && t > 1.5e12 && t < 4.1e12,
                "_aws.Timestamp is not an integer number of milliseconds since the epoch: " + aws.get("Timestamp"));
        if (!(aws.get("CloudWatchMetrics") instanceof List<?> directives)) {
            problems.add("_aws.CloudWatchMetrics is not an array");
            return;
        }
        directives.forEach(this::directive);
    }

    private void directive(Object value) {
        if (!(value instanceof Map<?, ?> directive)) {
            problems.add("a MetricDirective is not an object");
            return;
        }
        require(Set.of("Namespace", "Dimensions", "Metrics").containsAll(directive.keySet()), "MetricDirective has other members: " + directive.keySet());
        require(directive.get("Namespace") instanceof String ns && !ns.isEmpty() && ns.length() <= MAX_NAME_LENGTH, "Namespace must be a 1-255 character string");
        if (directive.get("Dimensions") instanceof List<?> sets) {
            sets.forEach(this::dimensionSet);
        } else {
            problems.add("Dimensions is not an array");
        }
        if (directive.get("Metrics") instanceof List<?> metrics) {
            require(metrics.size() <= MAX_METRICS_PER_DIRECTIVE, "more than 100 metrics in a directive");
            metrics.forEach(this::metric);
        } else {
            problems.add("Metrics is not an array");
        }
    }

    private void dimensionSet(Object value) {
        if (!(value instanceof List<?> set)) {
            problems.add("a DimensionSet is not an array");
            return;
        }
        require(set.size() <= MAX_DIMENSIONS_PER_SET, "more than 30 dimensions in a set");
        for (Object name : set) {
            require(name instanceof String s && !s.isEmpty() && s.length() <= MAX_NAME_LENGTH, "a dimension name is not a 1-255 character string");
            require(root.get(name) instanceof String v && !v.isEmpty() && v.length() <= MAX_DIMENSION_VALUE_LENGTH,
                    "dimension " + name + " has no string target member of 1-1024 characters");
        }
    }

    private void metric(Object value) {
        if (!(value instanceof Map<?, ?> metric)) {
            problems.add("a MetricDefinition is not an object");
            return;
        }
        require(Set.of("Name", "Unit", "StorageResolution").containsAll(metric.keySet()), "MetricDefinition has other members: " + metric.keySet());
        Object name = metric.get("Name");
        require(name instanceof String s && !s.isEmpty() && s.length() <= MAX_NAME_LENGTH, "a metric Name is not a 1-255 character string");
        require(!metric.containsKey("Unit") || UNITS.contains(metric.get("Unit")), "metric " + name + " has unit " + metric.get("Unit"));
        require(!metric.containsKey("StorageResolution") || List.of(1.0, 60.0).contains(metric.get("StorageResolution")),
                "metric " + name + " has StorageResolution other than 1 or 60");
        Object target = root.get(name);
        boolean number = target instanceof Double;
        boolean numbers = target instanceof List<?> list && !list.isEmpty() && list.size() <= MAX_VALUES_PER_METRIC
                && list.stream().allMatch(Double.class::isInstance);
        require(number || numbers, "metric " + name + " has no numeric target member (a number or an array of up to 100): " + target);
    }

    private void require(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }
}
