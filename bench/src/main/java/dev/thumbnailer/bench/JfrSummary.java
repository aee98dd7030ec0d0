package dev.thumbnailer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Turns a JFR recording into where-the-time-goes tables. Java samples (jdk.ExecutionSample) and
 * native ones (jdk.NativeMethodSample) are counted together: the JDK's JPEG and PNG decoders spend
 * most of their time in native code, which Java-only sampling would hide. "Inclusive" charges a
 * sample to every method on its stack (once), so each pipeline step shows its whole cost.
 */
final class JfrSummary {

    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private int samples;

    static JfrSummary read(Path recording) throws IOException {
        JfrSummary summary = new JfrSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if ((type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample")) && event.getStackTrace() != null
                    && isMain(event)) {
                summary.add(event.getStackTrace().getFrames());
            }
        }
        return summary;
    }

    /** Only the rendering thread: the JIT, GC and JFR's own threads are not the render's cost here. */
    private static boolean isMain(RecordedEvent event) {
        String field = event.hasField("sampledThread") ? "sampledThread" : "eventThread";
        var thread = event.getThread(field);
        return thread != null && "main".equals(thread.getJavaName());
    }

    private void add(List<RecordedFrame> frames) {
        samples++;
        if (!frames.isEmpty()) {
            self.merge(name(frames.getFirst().getMethod()), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame.getMethod());
            if (seen.add(method)) {
                inclusive.merge(method, 1, Integer::sum);
            }
        }
    }

    String markdown(Predicate<String> stepFilter, int selfRows) {
        StringBuilder md = new StringBuilder("Samples on the rendering thread: " + samples + ".\n\n| step (inclusive) | share |\n|---|---:|\n");
        rows(md, inclusive, stepFilter, 30);
        md.append("\n| hottest methods (self) | share |\n|---|---:|\n");
        rows(md, self, m -> true, selfRows);
        return md.toString();
    }

    private void rows(StringBuilder md, Map<String, Integer> counts, Predicate<String> filter, int limit) {
        counts.entrySet().stream().filter(e -> filter.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> md.append("| `").append(shortName(e.getKey())).append("` | ").append(String.format("%.1f%%", 100.0 * e.getValue() / Math.max(1, samples))).append(" |\n"));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    /** {@code a.b.Class.method} as {@code Class.method}: packages make the tables unreadable. */
    private static String shortName(String qualified) {
        int method = qualified.lastIndexOf('.');
        int type = qualified.lastIndexOf('.', method - 1);
        return qualified.substring(type + 1);
    }
}
