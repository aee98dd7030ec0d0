package dev.thumbnailer.it.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thumbnailer.handler.EventKind;
import dev.thumbnailer.handler.S3EventHandler;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The metrics the handlers really write, read from their log lines after a run that ends in every
 * outcome: metric name → the dimension sets it is published under, and the values the
 * {@code function} and {@code outcome} dimensions take.
 */
final class EmittedMetrics {

    private final Map<String, Set<Set<String>>> dimensionSets = new HashMap<>();
    private final Set<String> functions = new TreeSet<>();
    private final Set<String> outcomes = new TreeSet<>();

    /** The name Lambda gives a function of a stack called {@code stack} (what the dashboard's ${Function} resolves to). */
    static String functionName(String logicalId) {
        return "stack-" + logicalId;
    }

    static EmittedMetrics fromARealRun() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LocalStack stack = LocalStack.start("emitted-metrics")) {
            S3EventHandler thumbnails = S3EventHandler.over(EventKind.CREATED, stack.components(functionName("ThumbnailFunction"), s -> s), lines::add);
            S3EventHandler cleanup = S3EventHandler.over(EventKind.REMOVED, stack.components(functionName("CleanupFunction"), s -> s), lines::add);
            S3EventHandler failing = S3EventHandler.over(EventKind.REMOVED, stack.components(functionName("CleanupFunction"), FailingDeletes::new), lines::add);
            stack.put("a.jpg", LocalStack.jpeg(80, 60, 1));
            stack.put("b.gif", LocalStack.gif(40, 40));
            stack.put("fake.jpg", "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            thumbnails.handle(event(stack, "ObjectCreated:Put", "a.jpg", "b.gif", "fake.jpg", "thumbnails/small/a.jpg"), null);
            stack.delete("a.jpg");
            cleanup.handle(event(stack, "ObjectRemoved:Delete", "a.jpg"), null);
            stack.put("c.jpg", LocalStack.jpeg(80, 60, 2));
            thumbnails.handle(event(stack, "ObjectCreated:Put", "c.jpg"), null);
            stack.delete("c.jpg");
            try {
                failing.handle(event(stack, "ObjectRemoved:Delete", "c.jpg"), null);
            } catch (StorageException expected) {
                // the failed line is what we want
            }
        }
        EmittedMetrics emitted = new EmittedMetrics();
        lines.forEach(emitted::read);
        return emitted;
    }

    Set<String> outcomes() {
        return outcomes;
    }

    /** Adds to {@code problems} what is wrong with a dashboard metric of the handlers' namespace. */
    void check(String metric, Map<String, String> dimensions, List<String> problems) {
        if (!dimensionSets.containsKey(metric)) {
            problems.add(metric + " is never written (written: " + new TreeSet<>(dimensionSets.keySet()) + ")");
        } else if (!dimensionSets.get(metric).contains(dimensions.keySet())) {
            problems.add(metric + " is not published with dimensions " + dimensions.keySet() + " (it is with " + dimensionSets.get(metric) + ")");
        }
        if (dimensions.containsKey("function") && !functions.contains(dimensions.get("function"))) {
            problems.add(metric + ": no function is named " + dimensions.get("function"));
        }
        if (dimensions.containsKey("outcome") && !outcomes.contains(dimensions.get("outcome"))) {
            problems.add(metric + ": no line has outcome " + dimensions.get("outcome"));
        }
    }

    private void read(String line) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        functions.add(root.path("function").asText());
        outcomes.add(root.path("outcome").asText());
        for (JsonNode directive : root.path("_aws").path("CloudWatchMetrics")) {
            for (JsonNode metric : directive.path("Metrics")) {
                Set<Set<String>> sets = dimensionSets.computeIfAbsent(metric.path("Name").asText(), n -> new HashSet<>());
                directive.path("Dimensions").forEach(set -> {
                    Set<String> names = new TreeSet<>();
                    set.forEach(d -> names.add(d.asText()));
                    sets.add(names);
                });
            }
        }
    }

    private static com.amazonaws.services.lambda.runtime.events.S3Event event(LocalStack stack, String eventName, String... keys) {
        List<S3Events.Notification> records = new ArrayList<>();
        for (String key : keys) {
            records.add(new S3Events.Notification(eventName, stack.bucket, key, 1, "etag"));
        }
        return S3Events.parse(S3Events.json(records));
    }

    /** A store whose deletes fail, as S3 does when it is unreachable. */
    private record FailingDeletes(ObjectStore delegate) implements ObjectStore {
        public Optional<ObjectInfo> head(String bucket, String key) {
            return delegate.head(bucket, key);
        }

        public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
            return delegate.getIfMatch(bucket, key, eTag);
        }

        public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
            delegate.put(bucket, key, bytes, contentType, metadata);
        }

        public void deleteAll(String bucket, Collection<String> keys) {
            throw new StorageException("DELETE", bucket, String.join(",", keys), new IOException("connection reset"));
        }

        public List<String> listFolders(String bucket, String prefix) {
            return delegate.listFolders(bucket, prefix);
        }

        @Override
        public void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page) {
            delegate.listPages(bucket, prefix, page);
        }
    }
}
