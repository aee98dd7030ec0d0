package dev.thumbnailer.handler;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.json.JsonWriter;
import dev.thumbnailer.service.Measures;
import dev.thumbnailer.service.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One JSON line per record outcome, so CloudWatch Logs Insights can filter on {@code outcome},
 * {@code reason} or {@code ms} without parsing prose. Rejections are WARN: expected, but worth a look.
 * With {@link EmfMetrics} the same line carries the record's metrics (one line, not two).
 */
final class OutcomeLog {

    private final Consumer<String> sink;
    private final Optional<EmfMetrics> metrics;

    /** Plain lines, no metrics: for priming and tests. */
    OutcomeLog(Consumer<String> sink) {
        this(sink, Optional.empty());
    }

    OutcomeLog(Consumer<String> sink, Optional<EmfMetrics> metrics) {
        this.sink = sink;
        this.metrics = metrics;
    }

    /** What the functions log: lines with metrics in the configured namespace, named for this function. */
    static OutcomeLog withMetrics(Settings settings, Consumer<String> sink) {
        return new OutcomeLog(sink, Optional.of(new EmfMetrics(settings.metricsNamespace(), settings.functionName(), System::currentTimeMillis)));
    }

    void log(Outcome outcome, String requestId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", outcome instanceof Outcome.Rejected ? "WARN" : "INFO");
        fields.put("outcome", outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        fields.put("bucket", outcome.bucket());
        fields.put("key", outcome.key());
        switch (outcome) {
            case Outcome.Thumbnailed t -> {
                fields.put("derivatives", t.derivativeKeys());
                if (t.measures() != Measures.NONE) {
                    fields.put("etag", t.measures().sourceETag());
                    fields.put("sizes", t.measures().sizes());
                }
                if (!t.notes().isEmpty()) {
                    fields.put("notes", t.notes());
                }
            }
            case Outcome.Cleaned c -> fields.put("derivatives", c.derivativeKeys());
            case Outcome.Rejected r -> {
                fields.put("code", r.rejection().code());
                fields.put("reason", r.rejection().reason());
            }
            case Outcome.Skipped s -> fields.put("reason", s.reason());
        }
        fields.put("ms", outcome.millis());
        if (requestId != null) {
            fields.put("requestId", requestId);
        }
        metrics.ifPresent(m -> m.addTo(fields, EmfMetrics.valuesOf(outcome)));
        sink.accept(JsonWriter.write(fields));
    }

    void failure(String bucket, String key, RuntimeException error, String requestId, long millis) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", "ERROR");
        fields.put("outcome", "failed");
        fields.put("bucket", bucket);
        fields.put("key", key);
        fields.put("error", String.valueOf(error.getMessage()));
        fields.put("ms", millis);
        if (requestId != null) {
            fields.put("requestId", requestId);
        }
        metrics.ifPresent(m -> m.addTo(fields, EmfMetrics.valuesOfRecord(millis)));
        sink.accept(JsonWriter.write(fields));
    }

    /** A queue message that is no event at all: a rejection (retrying cannot fix it), counted under code {@code malformed_message}. */
    void malformedMessage(String messageId, String reason, String requestId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", "WARN");
        fields.put("outcome", "rejected");
        fields.put("messageId", String.valueOf(messageId));
        fields.put("code", "malformed_message");
        fields.put("reason", reason);
        if (requestId != null) {
            fields.put("requestId", requestId);
        }
        metrics.ifPresent(m -> m.addTo(fields, EmfMetrics.valuesOfRecord(0)));
        sink.accept(JsonWriter.write(fields));
    }
}
