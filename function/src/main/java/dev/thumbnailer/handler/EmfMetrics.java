package dev.thumbnailer.handler;

import dev.thumbnailer.image.StepTimes.Step;
import dev.thumbnailer.service.Measures;
import dev.thumbnailer.service.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns a record's log line into a CloudWatch Embedded Metric Format document: CloudWatch Logs
 * extracts the metrics from the line itself, so there is one line per record and no API call. The
 * specification: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 *
 * <p>Dimensions stay few, because each combination is a billed custom metric: counts and latency
 * by function and outcome (rejections also by their code, a closed set), the work done by
 * function only. Keys, ETags and sizes are plain members of the line: searchable in Logs
 * Insights, never dimensions.
 */
final class EmfMetrics {

    static final String FUNCTION = "function";
    static final String OUTCOME = "outcome";
    static final String CODE = "code";

    enum Metric {
        OBJECTS("Objects", "Count"), RECORD_MS("RecordMs", "Milliseconds"),
        DERIVATIVES_WRITTEN("DerivativesWritten", "Count"), DERIVATIVES_DELETED("DerivativesDeleted", "Count"),
        SOURCE_BYTES("SourceBytes", "Bytes"), SOURCE_PIXELS("SourcePixels", "Count"), OUTPUT_BYTES("OutputBytes", "Bytes"),
        DECODE_MS("DecodeMs", "Milliseconds"), RESIZE_MS("ResizeMs", "Milliseconds"), ENCODE_MS("EncodeMs", "Milliseconds"),
        STREAMED_MS("StreamedMs", "Milliseconds"), STORE_MS("StoreMs", "Milliseconds");

        final String metricName;
        final String unit;

        Metric(String metricName, String unit) {
            this.metricName = metricName;
            this.unit = unit;
        }

        boolean byOutcome() {
            return this == OBJECTS || this == RECORD_MS;
        }
    }

    private static final Map<Step, Metric> STEPS = Map.of(Step.DECODE, Metric.DECODE_MS, Step.RESIZE, Metric.RESIZE_MS,
            Step.ENCODE, Metric.ENCODE_MS, Step.STREAMED, Metric.STREAMED_MS);

    private final String namespace;
    private final String functionName;
    private final LongSupplier clock;

    EmfMetrics(String namespace, String functionName, LongSupplier clock) {
        this.namespace = namespace;
        this.functionName = functionName;
        this.clock = clock;
    }

    /** Adds the values, the {@code function} dimension and the {@code _aws} metadata to a line that has {@code outcome} (and {@code code}). */
    void addTo(Map<String, Object> fields, Map<Metric, Number> values) {
        fields.put(FUNCTION, functionName);
        values.forEach((metric, value) -> fields.put(metric.metricName, value));
        List<List<String>> byOutcome = fields.containsKey(CODE)
                ? List.of(List.of(FUNCTION, OUTCOME), List.of(FUNCTION, OUTCOME, CODE))
                : List.of(List.of(FUNCTION, OUTCOME));
        List<Object> directives = new ArrayList<>();
        directives.add(directive(byOutcome, values, true));
        if (values.keySet().stream().anyMatch(m -> !m.byOutcome())) {
            directives.add(directive(List.of(List.of(FUNCTION)), values, false));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("Timestamp", clock.getAsLong());
        metadata.put("CloudWatchMetrics", directives);
        fields.put("_aws", metadata);
    }

    private Map<String, Object> directive(List<List<String>> dimensions, Map<Metric, Number> values, boolean byOutcome) {
        List<Object> metrics = values.keySet().stream().filter(m -> m.byOutcome() == byOutcome)
                .<Object>map(m -> Map.of("Name", m.metricName, "Unit", m.unit)).toList();
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", namespace);
        directive.put("Dimensions", dimensions);
        directive.put("Metrics", metrics);
        return directive;
    }

    /** The values of one record's outcome. */
    static Map<Metric, Number> valuesOf(Outcome outcome) {
        Map<Metric, Number> values = counted(outcome.millis());
        switch (outcome) {
            case Outcome.Thumbnailed t -> {
                values.put(Metric.DERIVATIVES_WRITTEN, t.derivativeKeys().size());
                work(t.measures(), values);
            }
            case Outcome.Cleaned c -> values.put(Metric.DERIVATIVES_DELETED, c.derivativeKeys().size());
            case Outcome.Rejected r -> { }
            case Outcome.Skipped s -> { }
        }
        return values;
    }

    /** The values of a record without an outcome of its own: failed (and retried), or a malformed queue message. */
    static Map<Metric, Number> valuesOfRecord(long millis) {
        return counted(millis);
    }

    private static Map<Metric, Number> counted(long millis) {
        Map<Metric, Number> values = new EnumMap<>(Metric.class);
        values.put(Metric.OBJECTS, 1);
        values.put(Metric.RECORD_MS, millis);
        return values;
    }

    private static void work(Measures measures, Map<Metric, Number> values) {
        if (measures == Measures.NONE) {
            return;
        }
        values.put(Metric.SOURCE_BYTES, measures.sourceBytes());
        values.put(Metric.SOURCE_PIXELS, measures.sourcePixels());
        values.put(Metric.OUTPUT_BYTES, measures.outputBytes());
        measures.stepMillis().forEach((step, ms) -> values.put(STEPS.get(step), rounded(ms)));
        values.put(Metric.STORE_MS, rounded(measures.storeMillis()));
    }

    private static double rounded(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
