package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.S3Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Cold start without SnapStart: the S3 server runs here, in the harness, started and seeded before
 * anything is timed; each run is a fresh child JVM ({@link ColdStartChild}) timed from the moment
 * this process launches it to its first event handled.
 */
final class ColdStart {

    static final String BUCKET = "bench-cold-start";
    static final String KEY = "photos/cold start 12mp.jpg";

    /**
     * One run, in ms. {@code toJvm}, {@code toMain} and {@code total} count from the launch; the
     * phases between are durations: handler constructor, event parse, first event, second event.
     */
    record Run(long toJvm, long toMain, long init, long parse, long first, long total, long second, String outcome) {
    }

    private final JavaLauncher launcher;
    private final String classpath;
    private final Path workDir;
    private final Consumer<String> log;

    ColdStart(JavaLauncher launcher, String classpath, Path workDir, Consumer<String> log) {
        this.launcher = launcher;
        this.classpath = classpath;
        this.workDir = workDir;
        this.log = log;
    }

    List<Run> measure(Path corpusDir, int runs) throws IOException {
        byte[] original = Files.readAllBytes(CorpusImage.JPEG_12MP.in(corpusDir));
        List<Run> results = new ArrayList<>();
        try (EmbeddedS3 s3 = EmbeddedS3.start(); S3Client client = s3.client()) {
            client.createBucket(b -> b.bucket(BUCKET));
            String eTag = client.putObject(b -> b.bucket(BUCKET).key(KEY).contentType("image/jpeg"), RequestBody.fromBytes(original)).eTag();
            Path event = workDir.resolve("cold-start-event.json");
            Files.writeString(event, S3Events.json(new S3Events.Notification("ObjectCreated:Put", BUCKET, KEY, original.length, eTag)));
            List<String> args = new ArrayList<>(List.of(event.toString()));
            for (Map.Entry<String, String> e : s3.environment().entrySet()) {
                args.add(e.getKey() + "=" + e.getValue());
            }
            for (int i = 0; i < runs; i++) {
                Run run = once(args);
                log.accept("cold start " + (i + 1) + "/" + runs + ": " + run.total() + " ms to first event done (" + run.outcome() + ")");
                results.add(run);
            }
        }
        return results;
    }

    private Run once(List<String> args) throws IOException {
        // BENCH_COLD_FLAGS="-Xlog:class+load:file=... -XX:SharedArchiveFile=..." looks inside (or tries ideas on) a cold start.
        String extra = System.getenv().getOrDefault("BENCH_COLD_FLAGS", "").strip();
        ProcessBuilder pb = launcher.command(classpath, extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")), ColdStartChild.class, args);
        long launched = System.currentTimeMillis();
        Processes.Finished finished = Processes.run(pb.command(), 300);
        String line = finished.output().lines().filter(l -> l.startsWith("COLD ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("cold start child failed (exit " + finished.exit() + "):\n" + finished.output()));
        Map<String, String> f = new HashMap<>();
        for (String part : line.substring(5).split(" ")) {
            f.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        }
        long main = Long.parseLong(f.get("main"));
        long init = Long.parseLong(f.get("init"));
        long parsed = Long.parseLong(f.get("parsed"));
        long first = Long.parseLong(f.get("first"));
        return new Run(Long.parseLong(f.get("jvm")) - launched, main - launched, init - main, parsed - init, first - parsed,
                first - launched, Long.parseLong(f.get("second")) - first, f.get("outcome"));
    }
}
