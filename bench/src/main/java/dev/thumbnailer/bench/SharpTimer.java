package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * sharp on the same files, doing our pipeline's work (both default sizes, EXIF orientation, same
 * format, JPEG quality 85), timed inside one Node.js process per image by bench/sharp/time.mjs
 * with WarmTimer's round scheme. One thread: the script sets {@code sharp.concurrency(1)} and the
 * process gets one libuv thread. bench/run installs sharp (npm ci in bench/sharp); without node or
 * that install the benchmark runs without this column and says why.
 */
final class SharpTimer {

    private static final int TIMEOUT_SECONDS = 900;

    private final Path node;
    private final Path dir;

    private SharpTimer(Path node, Path dir) {
        this.node = node;
        this.dir = dir;
    }

    /** The timer, or why there is none (bench/run's install note, no node, no installed sharp). */
    static Availability find(Path sharpDir, String installNote) {
        if (installNote != null && !installNote.isBlank()) {
            return new Availability(Optional.empty(), installNote.strip());
        }
        Optional<Path> node = Processes.onPath("node");
        if (node.isEmpty()) {
            return new Availability(Optional.empty(), "not run: node is not on PATH");
        }
        if (!Files.isRegularFile(sharpDir.resolve("node_modules/sharp/package.json"))) {
            return new Availability(Optional.empty(), "not run: sharp is not installed in bench/sharp (bench/run runs npm ci there)");
        }
        SharpTimer timer = new SharpTimer(node.get(), sharpDir);
        return new Availability(Optional.of(timer), timer.versions());
    }

    record Availability(Optional<SharpTimer> timer, String description) {
    }

    Map<CorpusImage, SharpResult> timeAll(List<CorpusImage> images, Path corpusDir, Consumer<String> log) throws IOException {
        Map<CorpusImage, SharpResult> results = new EnumMap<>(CorpusImage.class);
        for (CorpusImage image : images) {
            SharpResult r = time(image, corpusDir);
            results.put(image, r);
            log.accept("sharp " + image + ": " + (r.ok() ? r.stats().median() + " ms, p90 " + r.stats().p90() + " ms, n=" + r.stats().n()
                    + String.format(", CPU %.1f ms (%s, %s)", r.cpuMean(), r.strategy(), r.output()) : r.error()));
        }
        return results;
    }

    SharpResult time(CorpusImage image, Path corpusDir) throws IOException {
        List<String> command = List.of(node.toString(), "--expose-gc", "time.mjs",
                "--warmup", System.getProperty("bench.warmup", "3"), "--min-runs", System.getProperty("bench.minRuns", "7"),
                "--max-runs", System.getProperty("bench.maxRuns", "25"), "--seconds", System.getProperty("bench.secondsPerImage", "10"),
                image.in(corpusDir).toAbsolutePath().toString());
        Processes.Finished finished = Processes.run(builder(command), TIMEOUT_SECONDS);
        return SharpResult.parse(finished.exit(), finished.output());
    }

    private String versions() {
        try {
            Processes.Finished finished = Processes.run(builder(List.of(node.toString(), "time.mjs", "--versions")), 60);
            return finished.output().lines().filter(l -> l.startsWith("VERSIONS ")).findFirst()
                    .map(l -> l.substring("VERSIONS ".length()).strip()).orElse("versions unknown: " + VipsTimer.firstLine(finished.output()));
        } catch (IOException e) {
            return "versions unknown (" + e.getMessage() + ")";
        }
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // sharp runs each call on a libuv worker; one worker and one libvips thread make it single-threaded like ours.
        pb.environment().put("UV_THREADPOOL_SIZE", "1");
        return pb;
    }
}
