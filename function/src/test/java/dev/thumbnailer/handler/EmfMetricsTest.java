package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.storage.StorageException;
import dev.thumbnailer.testkit.InMemoryObjectStore;
import dev.thumbnailer.testkit.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmfMetricsTest {

    private static final String BUCKET = "metrics-bucket";
    private static final String NAMESPACE = "Team/Thumbs";

    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final List<String> lines = new ArrayList<>();
    private final FunctionComponents components = FunctionComponents.withStore(SettingsParser.parse(Map.of(
            "METRICS_NAMESPACE", NAMESPACE, "AWS_LAMBDA_FUNCTION_NAME", "stack-ThumbnailFunction", "THUMBNAIL_SIZES", "small=32x32,medium=64x64")), store);

    @Test
    void everyOutcome_eachLineIsAValidEmfDocumentInTheConfiguredNamespace() {
        store.upload(BUCKET, "a.jpg", TestImages.jpeg(200, 100));
        store.upload(BUCKET, "b.gif", TestImages.gif(40, 40));
        store.upload(BUCKET, "fake.jpg", "not an image".getBytes());

        created("a.jpg", "b.gif", "fake.jpg", "thumbnails/small/a.jpg");
        store.remove(BUCKET, "a.jpg");
        removed("a.jpg");

        assertEquals(5, lines.size());
        for (String line : lines) {
            assertEquals(List.of(), EmfSpec.problems(line), line);
            assertEquals(Set.of(NAMESPACE), directives(line).stream().map(d -> d.get("Namespace")).collect(Collectors.toSet()));
        }
        assertEquals(List.of("thumbnailed", "thumbnailed", "rejected", "skipped", "cleaned"), lines.stream().map(l -> member(l, "outcome")).toList());
    }

    @Test
    void thumbnailedJpeg_carriesCountsBytesPixelsAndStepTimesWithTheKeyAsAProperty() {
        store.upload(BUCKET, "photos/a.jpg", TestImages.jpeg(200, 100));

        created("photos/a.jpg");

        Map<?, ?> line = (Map<?, ?>) JsonValues.parse(lines.getFirst());
        assertEquals(1.0, line.get("Objects"));
        assertEquals(2.0, line.get("DerivativesWritten"));
        assertEquals(20_000.0, line.get("SourcePixels"));
        assertEquals((double) store.get(BUCKET, "photos/a.jpg").orElseThrow().bytes().length, line.get("SourceBytes"));
        assertEquals((double) (derivativeBytes("small") + derivativeBytes("medium")), line.get("OutputBytes"));
        for (String ms : List.of("RecordMs", "DecodeMs", "ResizeMs", "EncodeMs", "StoreMs")) {
            assertTrue(line.get(ms) instanceof Double d && d >= 0, ms + " in " + line);
        }
        assertEquals("photos/a.jpg", line.get("key"));
        assertEquals(store.get(BUCKET, "photos/a.jpg").orElseThrow().eTag(), line.get("etag"));
        assertEquals(List.of("small=32x16", "medium=64x32"), line.get("sizes"));
    }

    @Test
    void thumbnailedJpeg_countsByFunctionAndOutcomeAndTheWorkByFunctionOnly() {
        store.upload(BUCKET, "a.jpg", TestImages.jpeg(200, 100));

        created("a.jpg");

        List<Map<?, ?>> directives = directives(lines.getFirst());
        assertEquals(List.of(List.of("function", "outcome")), directives.get(0).get("Dimensions"));
        assertEquals(List.of("Objects", "RecordMs"), metricNames(directives.get(0)));
        assertEquals(List.of(List.of("function")), directives.get(1).get("Dimensions"));
        assertEquals(List.of("DerivativesWritten", "SourceBytes", "SourcePixels", "OutputBytes", "DecodeMs", "ResizeMs", "EncodeMs", "StoreMs"),
                metricNames(directives.get(1)));
        assertEquals("stack-ThumbnailFunction", member(lines.getFirst(), "function"));
    }

    @Test
    void animatedGif_hasOneStreamedTimeInsteadOfThreeSteps() {
        store.upload(BUCKET, "b.gif", TestImages.gif(40, 40));

        created("b.gif");

        List<Object> work = metricNames(directives(lines.getFirst()).get(1));
        assertTrue(work.contains("StreamedMs") && !work.contains("DecodeMs"), work.toString());
    }

    @Test
    void rejectedUpload_isAlsoCountedByItsRejectionCode() {
        store.upload(BUCKET, "fake.jpg", "not an image".getBytes());

        created("fake.jpg");

        List<Map<?, ?>> directives = directives(lines.getFirst());
        assertEquals(1, directives.size());
        assertEquals(List.of(List.of("function", "outcome"), List.of("function", "outcome", "code")), directives.getFirst().get("Dimensions"));
        assertEquals("unsupported_type", member(lines.getFirst(), "code"));
    }

    @Test
    void cleanedOriginal_countsTheDerivativesDeleted() {
        store.upload(BUCKET, "a.jpg", TestImages.jpeg(200, 100));
        created("a.jpg");
        store.remove(BUCKET, "a.jpg");
        lines.clear();

        removed("a.jpg");

        assertEquals(List.of(), EmfSpec.problems(lines.getFirst()));
        assertEquals(2.0, ((Map<?, ?>) JsonValues.parse(lines.getFirst())).get("DerivativesDeleted"));
    }

    @Test
    void infrastructureFailure_isAValidLineCountedAsFailed() {
        store.upload(BUCKET, "a.jpg", TestImages.jpeg(200, 100));
        store.onNext(InMemoryObjectStore.Call.GET, s -> {
            throw new StorageException("GET", BUCKET, "a.jpg", new RuntimeException("503 Slow Down"));
        });

        assertThrows(StorageException.class, () -> created("a.jpg"));

        assertEquals(List.of(), EmfSpec.problems(lines.getFirst()), lines.getFirst());
        assertEquals("failed", member(lines.getFirst(), "outcome"));
        assertEquals(List.of("Objects", "RecordMs"), metricNames(directives(lines.getFirst()).getFirst()));
    }

    @Test
    void emfSpec_lineWhoseMetricHasNoValue_isReported() {
        String line = "{\"_aws\":{\"Timestamp\":1764633600000,\"CloudWatchMetrics\":[{\"Namespace\":\"N\",\"Dimensions\":[[\"function\"]],"
                + "\"Metrics\":[{\"Name\":\"Objects\",\"Unit\":\"Counts\"}]}]},\"function\":\"f\",\"Objects\":\"1\"}";

        List<String> problems = EmfSpec.problems(line);

        assertEquals(2, problems.size(), problems.toString());
    }

    private void created(String... keys) {
        process(EventKind.CREATED, "ObjectCreated:Put", keys);
    }

    private void removed(String... keys) {
        process(EventKind.REMOVED, "ObjectRemoved:Delete", keys);
    }

    private void process(EventKind kind, String eventName, String... keys) {
        RecordEdge edge = new RecordEdge(kind, components.thumbnails(), OutcomeLog.withMetrics(components.settings(), lines::add));
        edge.processAll(java.util.Arrays.stream(keys).map(k -> new EventRecord(eventName, BUCKET, k, false)).toList(), null);
    }

    private long derivativeBytes(String size) {
        return store.get(BUCKET, "thumbnails/" + size + "/photos/a.jpg").orElseThrow().bytes().length;
    }

    private static Object member(String line, String name) {
        return ((Map<?, ?>) JsonValues.parse(line)).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> directives(String line) {
        return (List<Map<?, ?>>) ((Map<?, ?>) member(line, "_aws")).get("CloudWatchMetrics");
    }

    private static List<Object> metricNames(Map<?, ?> directive) {
        return ((List<?>) directive.get("Metrics")).stream().<Object>map(m -> ((Map<?, ?>) m).get("Name")).toList();
    }
}
