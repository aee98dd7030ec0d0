package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.S3Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Cold starts: the S3 server runs here, in the harness, started and seeded before anything is
 * timed; each run is a fresh child JVM ({@link ColdStartChild}) that loads the Lambda artifact as
 * Lambda's Java runtime does, timed from the moment this process launches it. Two modes: without
 * SnapStart (init, then the events), and primed (init, the function's SnapStart hooks, then the
 * events: the first event as a function restored from a snapshot would meet it).
 */
final class ColdStart {

    static final String BUCKET = "bench-cold-start";
    static final String KEY = "photos/cold start 12mp.jpg";
    static final String HANDLER = "dev.thumbnailer.handler.ThumbnailHandler";
    /** The package of the CRaC stand-in, handed to org.crac as Lambda hands it its own. */
    static final String CRAC_COMPAT = "dev.thumbnailer.bench.crac";
    /** Events after the second, whose median is the warm cost of an event. */
    static final int WARM_EVENTS = 10;

    enum Mode {
        PLAIN("plain"), PRIMED("primed");

        final String arg;

        Mode(String arg) {
            this.arg = arg;
        }
    }

    /** Where the child finds what it loads: its own jar, the Lambda artifact folder, the runtime-side extras. */
    record Setup(String childJar, Path artifact, String extras) {
    }

    /**
     * One run, in ms. {@code toJvm}, {@code toMain} and {@code total} count from the launch; the
     * phases between are durations: handler constructor, SnapStart hooks (0 when plain), event
     * parse, first event, second event. CPU: process CPU time from JVM start to the end of init,
     * and during each event.
     */
    record Run(Mode mode, long toJvm, long toMain, long init, long prime, long parse, long first, long total, long second,
               long cpuToInit, long cpuPrime, long cpuFirst, long cpuSecond, int hooks, long warm, long cpuWarm, String outcome) {
    }

    private final JavaLauncher launcher;
    private final Setup setup;
    private final Path workDir;
    private final Consumer<String> log;

    ColdStart(JavaLauncher launcher, Setup setup, Path workDir, Consumer<String> log) {
        this.launcher = launcher;
        this.setup = setup;
        this.workDir = workDir;
        this.log = log;
    }

    /** {@code runs} of each mode, alternating so that a busy spell on the machine hits both alike. */
    List<Run> measure(Path corpusDir, int runs) throws IOException {
        byte[] original = Files.readAllBytes(CorpusImage.JPEG_12MP.in(corpusDir));
        List<Run> results = new ArrayList<>();
        try (EmbeddedS3 s3 = EmbeddedS3.start(); var client = s3.client()) {
            client.createBucket(b -> b.bucket(BUCKET));
            String eTag = client.putObject(b -> b.bucket(BUCKET).key(KEY).contentType("image/jpeg"),
                    RequestBody.fromBytes(original)).eTag();
            Path event = workDir.resolve("cold-start-event.json");
            Files.writeString(event, S3Events.json(new S3Events.Notification("ObjectCreated:Put", BUCKET, KEY, original.length, eTag)));
            for (int i = 0; i < runs; i++) {
                for (Mode mode : Mode.values()) {
                    if (mode == Mode.PRIMED && results.stream().anyMatch(r -> r.mode() == Mode.PRIMED && r.hooks() == 0)) {
                        continue; // a build without SnapStart hooks: primed runs are plain runs
                    }
                    Run run = once(mode, event, s3.environment());
                    log.accept("cold start " + mode.arg + " " + (i + 1) + "/" + runs + ": init " + run.init() + " ms, first event " + run.first()
                            + " ms, second " + run.second() + " ms (" + run.outcome() + ")");
                    results.add(run);
                }
            }
        }
        return results;
    }

    private Run once(Mode mode, Path event, Map<String, String> s3Environment) throws IOException {
        List<String> flags = new ArrayList<>();
        if (mode == Mode.PRIMED) {
            flags.add("-Dorg.crac.Core.Compat=" + CRAC_COMPAT);
        }
        // BENCH_COLD_FLAGS="-Xlog:class+load:file=... -XX:SharedArchiveFile=..." looks inside (or tries ideas on) a cold start.
        String extra = System.getenv().getOrDefault("BENCH_COLD_FLAGS", "").strip();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        List<String> base = mode == Mode.PRIMED ? JavaLauncher.SNAPSTART_FLAGS : JavaLauncher.LAMBDA_FLAGS;
        if (extra.contains("-XX:AOTCache") || extra.contains("Archive")) {
            base = base.stream().filter(f -> !f.startsWith("-Xshare")).toList(); // -Xshare:auto is the default, and JDK 25 refuses it next to AOT flags
        }
        ProcessBuilder pb = launcher.command(base, setup.childJar(), flags, ColdStartChild.class,
                List.of(setup.artifact().toString(), setup.extras(), event.toString(), HANDLER, mode.arg,
                        String.valueOf(WARM_EVENTS)));
        // The handler reads its configuration from the environment, as on Lambda: the server's endpoint and keys,
        // and the variables by which the SDK knows it runs on Lambda (the trace-id interceptor, the user agent).
        pb.environment().putAll(s3Environment);
        pb.environment().putAll(Map.of("AWS_LAMBDA_FUNCTION_NAME", "bench-cold-start", "AWS_EXECUTION_ENV", "AWS_Lambda_java25",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024", "AWS_LAMBDA_INITIALIZATION_TYPE", mode == Mode.PRIMED ? "snap-start" : "on-demand"));
        long launched = System.currentTimeMillis();
        Processes.Finished finished = Processes.run(pb, 300);
        String line = finished.output().lines().filter(l -> l.startsWith("COLD ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("cold start child failed (exit " + finished.exit() + "):\n" + finished.output()));
        if (!extra.isEmpty()) {
            log.accept("child: " + line); // stamps to line up with what the extra flags logged
        }
        Map<String, String> f = new HashMap<>();
        for (String part : line.substring(5).split(" ")) {
            f.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        }
        long main = Long.parseLong(f.get("main"));
        long init = Long.parseLong(f.get("init"));
        long primed = Long.parseLong(f.get("primed"));
        long parsed = Long.parseLong(f.get("parsed"));
        long first = Long.parseLong(f.get("first"));
        long[] cpu = Arrays.stream(f.get("cpu").split(",")).mapToLong(Long::parseLong).toArray();
        return new Run(mode, Long.parseLong(f.get("jvm")) - launched, main - launched, init - main, primed - init, parsed - primed, first - parsed,
                first - launched, Long.parseLong(f.get("second")) - first, cpu[1], cpu[2] - cpu[1], cpu[4] - cpu[3], cpu[5] - cpu[4], Integer.parseInt(f.get("hooks")),
                Long.parseLong(f.get("warm").split(",")[0]), Long.parseLong(f.get("warm").split(",")[1]), f.get("outcome"));
    }
}
