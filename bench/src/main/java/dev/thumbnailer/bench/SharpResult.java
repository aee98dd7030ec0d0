package dev.thumbnailer.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sharp timer (bench/sharp/time.mjs) measured on one image, parsed from its output. Node
 * may print warnings around it, so only the last {@code RESULT} or {@code FAILED} line counts, and
 * its {@code key=value} fields are read by name: a field added to the script breaks nothing here.
 */
record SharpResult(Stats stats, double cpuMean, long outputBytes, String output, String strategy,
                   Optional<Long> peakRssKib, Optional<Long> baseRssKib, String error) {

    static SharpResult failed(String error) {
        return new SharpResult(null, 0, 0, "", "", Optional.empty(), Optional.empty(), error);
    }

    boolean ok() {
        return error.isEmpty();
    }

    static SharpResult parse(int exit, String processOutput) {
        List<String> lines = processOutput.lines().map(String::strip)
                .filter(l -> l.startsWith("RESULT ") || l.startsWith("FAILED ")).toList();
        if (lines.isEmpty()) {
            return failed("no result (exit " + exit + "): " + VipsTimer.firstLine(processOutput));
        }
        String line = lines.getLast();
        if (line.startsWith("FAILED ")) {
            return failed(line.substring("FAILED ".length()).strip());
        }
        try {
            return fromFields(fields(line.substring("RESULT ".length())));
        } catch (IllegalArgumentException e) {
            return failed("unparseable result (" + e.getMessage() + "): " + line);
        }
    }

    private static SharpResult fromFields(Map<String, String> f) {
        double[] wall = numbers(required(f, "wall_ms"));
        double cpuMean = f.containsKey("cpu_ms") ? Arrays.stream(numbers(f.get("cpu_ms"))).average().orElse(0) : 0;
        int frames = Integer.parseInt(f.getOrDefault("frames", "1"));
        String output = f.getOrDefault("made", "?").replace(",", ", ") + (frames > 1 ? ", " + frames + " frames" : "");
        return new SharpResult(Stats.of(wall), cpuMean, Long.parseLong(required(f, "bytes")), output,
                f.getOrDefault("strategy", "?"), kib(f, "rss_kib"), kib(f, "base_rss_kib"), "");
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String token : text.strip().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return fields;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    /** Comma-separated numbers; NumberFormatException is an IllegalArgumentException. */
    private static double[] numbers(String list) {
        return Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static Optional<Long> kib(Map<String, String> fields, String name) {
        return Optional.ofNullable(fields.get(name)).map(Long::parseLong);
    }
}
