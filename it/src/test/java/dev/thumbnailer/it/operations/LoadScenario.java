package dev.thumbnailer.it.operations;

import dev.thumbnailer.local.S3Events;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A run of uploads as production sees them: originals uploaded, some replaced and some deleted
 * while earlier events are still being handled, every event delivered at least once, some twice
 * and some late (out of order). Then the end state is checked: derivatives exactly for the
 * originals that exist, each of its original's current content (source-etag), nothing stray.
 */
final class LoadScenario {

    static final List<String> SIZES = List.of("small", "medium");
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([a-z]+)\"");

    private final LocalStack stack;
    private final LocalEventQueue queue;
    private final int uploads;
    private final Random random;
    private final Map<String, String> current = new HashMap<>();
    private final List<String> held = new ArrayList<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    int replacements;
    int deletes;
    int events;
    int duplicates;
    int late;

    LoadScenario(LocalStack stack, LocalEventQueue queue, int uploads, long seed) {
        this.stack = stack;
        this.queue = queue;
        this.uploads = uploads;
        this.random = new Random(seed);
    }

    /** Where the handlers' log lines go: counts outcomes (a {@code failed} line is a function error, redelivered). */
    void log(String line) {
        Matcher m = OUTCOME.matcher(line);
        if (m.find()) {
            outcomes.computeIfAbsent(m.group(1), o -> new LongAdder()).increment();
        }
    }

    Map<String, Long> outcomes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach((o, n) -> counts.put(o, n.sum()));
        return counts;
    }

    /** The producer: S3 operations in order, each followed by its event (possibly late, possibly twice). */
    void produce() {
        for (int i = 0; i < uploads; i++) {
            List<String> existing = new ArrayList<>(current.keySet());
            boolean replace = !existing.isEmpty() && random.nextDouble() < 0.2;
            String key = replace ? existing.get(random.nextInt(existing.size())) : "load/" + i + ".jpg";
            replacements += replace ? 1 : 0;
            current.put(key, stack.put(key, LocalStack.jpeg(64, 48, i)));
            deliver(S3Events.json(new S3Events.Notification("ObjectCreated:Put", stack.bucket, key, 1, "etag")));
            if (!existing.isEmpty() && random.nextDouble() < 0.1) {
                String gone = existing.get(random.nextInt(existing.size()));
                stack.delete(gone);
                current.remove(gone);
                deletes++;
                deliver(S3Events.json(new S3Events.Notification("ObjectRemoved:Delete", stack.bucket, gone, 0, null)));
            }
        }
        held.forEach(queue::send); // whatever is still held back arrives last
    }

    private void deliver(String event) {
        events++;
        if (random.nextDouble() < 0.1) {
            duplicates++;
            held.add(event); // a second delivery, later
        }
        if (random.nextDouble() < 0.15) {
            late++;
            held.add(random.nextInt(held.size() + 1), event); // this one arrives after later events
        } else {
            queue.send(event);
        }
        while (held.size() > 20 || (!held.isEmpty() && random.nextDouble() < 0.3)) {
            queue.send(held.removeFirst());
        }
    }

    /** What is wrong with the bucket now; empty when it converged. */
    List<String> convergenceProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> originals = new TreeSet<>();
        Set<String> derivatives = new TreeSet<>();
        stack.keys().forEach(k -> (k.startsWith("thumbnails/") ? derivatives : originals).add(k));
        if (!originals.equals(new TreeSet<>(current.keySet()))) {
            problems.add("originals differ from the uploads' end state");
        }
        for (String original : originals) {
            String eTag = unquoted(current.get(original));
            for (String size : SIZES) {
                String derivative = "thumbnails/" + size + "/" + original;
                String source = stack.head(derivative).map(HeadObjectResponse::metadata).map(m -> m.get("source-etag")).orElse(null);
                if (!eTag.equals(unquoted(source))) {
                    problems.add(derivative + (source == null ? " is missing" : " is of " + source + ", not of the current " + eTag));
                }
            }
        }
        for (String derivative : derivatives) {
            String original = derivative.substring(derivative.indexOf('/', "thumbnails/".length()) + 1);
            if (!originals.contains(original)) {
                problems.add(derivative + " is stray: its original does not exist");
            }
        }
        return problems;
    }

    int originalsAtEnd() {
        return current.size();
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }

    /** Resets the heap pools' peaks, so that {@link #peakHeapMb} covers what follows. */
    static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
