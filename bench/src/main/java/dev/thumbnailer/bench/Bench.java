package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.Corpus;
import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The harness behind {@code bench/run}. Phases run one after another so timings never share the
 * CPU with other work: corpus, warm timings (one child JVM, and sharp's Node.js process per image
 * called in the same rounds), vipsthumbnail, minimum heaps (child JVMs, two at a time: only memory is measured there),
 * cold start. Then the Markdown report.
 * System properties set by bench/run: bench.dir, bench.pipelineClasspath, bench.sharpNote (why
 * sharp cannot run, if it cannot), and for the cold start bench.childJar, bench.coldArtifact (the
 * Lambda artifact folder) and bench.coldExtras.
 */
public final class Bench {

    private final Options options;
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "bench")).toAbsolutePath();
    private final Path work = benchDir.resolve("target");
    private final String pipelineClasspath = System.getProperty("bench.pipelineClasspath");
    private final ColdStart.Setup coldSetup = new ColdStart.Setup(System.getProperty("bench.childJar"),
            Path.of(System.getProperty("bench.coldArtifact", "bench/target/run/artifact")), System.getProperty("bench.coldExtras"));
    private final JavaLauncher launcher = new JavaLauncher();
    private final long started = System.nanoTime();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(Options.usage());
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Bench(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        if (options.sizing()) {
            String sizing = new Sizing(launcher, pipelineClasspath, work.resolve("logs"), this::log).run(work.resolve("corpus"));
            System.out.println(sizing);
            Path file = Files.createDirectories(benchDir.resolve("results")).resolve("sizing.md");
            Files.writeString(file, sizing);
            log("wrote " + file);
            return;
        }
        Path corpus = Corpus.ensure(work.resolve("corpus"), options.images(), this::log);
        Map<CorpusImage, Long> sizes = new EnumMap<>(CorpusImage.class);
        for (CorpusImage image : options.images()) {
            sizes.put(image, Files.size(image.in(corpus)));
        }
        if (options.profile()) {
            String profiles = new Profiler(launcher, pipelineClasspath, work, this::log).profile(options.images(), corpus, options.profileSeconds());
            System.out.println(profiles);
            Files.writeString(Files.createDirectories(benchDir.resolve("results")).resolve("profile.md"), profiles);
            log("wrote " + benchDir.resolve("results").resolve("profile.md"));
            return;
        }
        if (options.coldOnly()) {
            List<ColdStart.Run> cold = new ColdStart(launcher, coldSetup, work, this::log).measure(corpus, options.coldRuns());
            Report report = new Report(sizes, Map.of(), Map.of(), Map.of(), Optional.of("not run: --cold-only"), Map.of(), "not run: --cold-only", cold, Machine.loadAverage());
            publish(new Markdown(report, options, launcher, pipelineClasspath, coldSetup).render(elapsed()));
            return;
        }
        SharpTimer.Availability sharp = options.sharp() ? SharpTimer.find(benchDir.resolve("sharp"), System.getProperty("bench.sharpNote"))
                : new SharpTimer.Availability(Optional.empty(), "not run: --no-sharp");
        log("sharp: " + sharp.description());
        log("warm timings, flags " + launcher.describeFlags() + (sharp.timer().isPresent() ? ", sharp call by call with ours" : ""));
        String loadBefore = Machine.loadAverage();
        WarmRun.Results warm = WarmRun.run(launcher, pipelineClasspath, corpus, options.images(), sharp.timer(), this::log);
        String load = loadBefore + " at the start, " + Machine.loadAverage() + " at the end";
        String sharpSetup = sharp.description() + (warm.sharp().isEmpty() ? "" : "; timed in the warm timings' rounds, whose load average is given below");
        Optional<VipsTimer> vips = options.vips() ? VipsTimer.find(work.resolve("vips-out")) : Optional.empty();
        Map<CorpusImage, VipsTimer.Result> vipsResults = new EnumMap<>(CorpusImage.class);
        for (CorpusImage image : vips.isPresent() ? options.images() : List.<CorpusImage>of()) {
            vipsResults.put(image, vips.get().time(image, corpus));
            log("vipsthumbnail " + image + ": " + Optional.ofNullable(vipsResults.get(image).stats()).map(s -> s.median() + " ms").orElse(vipsResults.get(image).error()));
        }
        var heaps = options.heap() ? heaps(corpus) : Map.<CorpusImage, Map<Contender, HeapBisector.Result>>of();
        List<ColdStart.Run> cold = options.coldStart()
                ? new ColdStart(launcher, coldSetup, work, this::log).measure(corpus, options.coldRuns()) : List.of();
        Report report = new Report(sizes, warm.timings(), heaps, vipsResults, options.vips() ? vips.map(VipsTimer::version) : Optional.of("not run: --no-vips"),
                warm.sharp(), sharpSetup, cold, load);
        publish(new Markdown(report, options, launcher, pipelineClasspath, coldSetup).render(elapsed()));
    }

    private Map<CorpusImage, Map<Contender, HeapBisector.Result>> heaps(Path corpus) throws InterruptedException {
        HeapHints hints = new HeapHints(work.resolve("heap-hints.properties"));
        HeapBisector bisector = new HeapBisector(launcher, pipelineClasspath, corpus, work.resolve("logs"), hints, this::log);
        Map<CorpusImage, Map<Contender, HeapBisector.Result>> results = new ConcurrentHashMap<>();
        // Two at a time: probes measure memory, not time, and the machine has two cores.
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (CorpusImage image : options.images()) {
                for (Contender contender : Contender.values()) {
                    pool.submit(() -> results.computeIfAbsent(image, k -> new ConcurrentHashMap<>()).put(contender, safely(bisector, image, contender)));
                }
            }
        }
        hints.save();
        return results;
    }

    private HeapBisector.Result safely(HeapBisector bisector, CorpusImage image, Contender contender) {
        try {
            return bisector.minimumHeap(image, contender);
        } catch (RuntimeException e) {
            log("heap probe " + image + " " + contender.id() + " broke: " + e);
            return new HeapBisector.Result(Optional.empty(), "error: " + e.getMessage());
        }
    }

    private void publish(String markdown) throws IOException {
        System.out.println();
        System.out.println(markdown);
        Path latest = benchDir.resolve("results").resolve("latest.md");
        Files.createDirectories(latest.getParent());
        Files.writeString(latest, markdown);
        log("wrote " + latest);
        if (options.full()) {
            Files.writeString(benchDir.resolve("RESULTS.md"), markdown);
            log("wrote " + benchDir.resolve("RESULTS.md") + " (commit it with the change it measures)");
        } else {
            log("partial run: bench/RESULTS.md left as it was");
        }
    }

    private String elapsed() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    private synchronized void log(String message) {
        System.err.println("[bench " + elapsed() + "] " + message);
    }
}
