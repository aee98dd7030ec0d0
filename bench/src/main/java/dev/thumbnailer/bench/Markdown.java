package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.Corpus;
import dev.thumbnailer.bench.corpus.CorpusImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The whole results page: machine, method, the table, targets, cold start, and what was run how. */
record Markdown(Report report, Options options, JavaLauncher launcher, String pipelineClasspath, String coldClasspath) {

    String render(String elapsed) {
        StringBuilder md = new StringBuilder("# Benchmark results (issue 6)\n\n");
        md.append("Produced by `bench/run`").append(options.full() ? "" : " (partial run)").append(", which took ").append(elapsed).append(".\n\n");
        md.append("## Machine\n\n").append(Machine.describe()).append("\n\n");
        md.append("## Warm render time and minimum heap\n\n").append(method()).append("\n\n");
        md.append(report.table(options.images())).append("\n");
        md.append("### Targets\n\n").append(Targets.table(report)).append("\n");
        md.append("### The same in CPU time\n\nMean process CPU time per call (render, GC and any JIT, all threads; a mean because the JDK counts it in 10 ms ticks). Other work on the machine moves it much less than wall time, so compare runs with this table when the load average above was high.\n\n")
                .append(report.cpuTable(options.images())).append("\n");
        if (!report.coldRuns().isEmpty()) {
            md.append("## Cold start, no SnapStart (12 MP JPEG, default sizes, local S3 server)\n\n").append(coldMethod()).append("\n\n")
                    .append(ColdStartTable.render(report.coldRuns())).append("\n")
                    .append("Outcomes: ").append(report.coldRuns().stream().map(ColdStart.Run::outcome).distinct().collect(Collectors.joining(", "))).append(".\n\n");
        }
        md.append("## What each implementation produced\n\n").append(outputs()).append("\n");
        return md.toString();
    }

    private String method() {
        return String.join("\n",
                "- **ours**: `ThumbnailPipeline.render(key, bytes)` with the shipped defaults (all default sizes: `small=128x128,medium=512x512`, JPEG quality 85).",
                "- **Thumbnailator default**: `Thumbnails.of(new ByteArrayInputStream(bytes)).size(256, 256).outputFormat(<input format>).toOutputStream(out)` (one size).",
                "- Both in one child JVM, flags `" + launcher.describeFlags() + "`, default max heap; per image they alternate, " + System.getProperty("bench.warmup", "3")
                        + " warm-up rounds then ≥ " + System.getProperty("bench.minRuns", "7") + " measured rounds (up to " + System.getProperty("bench.secondsPerImage", "10")
                        + " s per image); a `System.gc()` precedes every timed call. Figures: median (p90) wall ms, bytes in memory to thumbnails in memory.",
                "- 1-minute load average during the warm timings: " + report.loadDuringTiming() + " (on " + Runtime.getRuntime().availableProcessors()
                        + " cores; anything well above 1 means other work shared the CPU and the p90 column shows it).",
                "- **min heap**: smallest `-Xmx` on the ladder " + Arrays.toString(HeapBisector.LADDER_MIB) + " MiB under which a fresh JVM with the same flags reads the file and renders it twice; the file's bytes count.",
                "- **vipsthumbnail**: `vipsthumbnail <file> --size 256x256 -o <out>.<same format>`, whole process, median of " + System.getProperty("bench.vipsRuns", "7")
                        + " runs after one warm-up; RSS is the peak resident set from GNU time"
                        + report.vipsVersion().map(v -> " (" + v + ")").orElse("; vipsthumbnail not installed, column empty (Debian: `apt-get install libvips-tools`)") + ".",
                "- Corpus: generated and cached under `bench/target/corpus/" + Corpus.VERSION + "` (seeded: painted scene + value-noise texture + grain; JPEG quality 90).");
    }

    private String coldMethod() {
        return String.join("\n",
                "Each run is a fresh JVM (`" + launcher.describeFlags() + "`) started by the harness, which had already started and seeded an embedded S3Proxy server (not timed).",
                "The child builds `new ThumbnailHandler(env)` (Lambda's init), parses the S3 event JSON with the Lambda runtime's serializer, handles it (HEAD, GET, decode, 2 thumbnails, 2 PUTs, HEAD), then handles a second, identical event.",
                "\"launch\" is the harness's clock just before `ProcessBuilder.start()`; JVM start is `RuntimeMXBean.getStartTime()`.",
                "Child classpath (" + entries(coldClasspath) + " entries): the function jar and its runtime dependencies (the Lambda artifact's content), plus the local module (local.jar: S3Events), aws-lambda-java-serialization (the runtime's event parser) and bench.jar (the child's main): "
                        + jarNames(coldClasspath) + ".");
    }

    private String outputs() {
        StringBuilder md = new StringBuilder();
        for (CorpusImage image : options.images()) {
            for (Contender c : Contender.values()) {
                report.timing(image, c).ifPresent(t -> md.append("- ").append(image.label()).append(", ").append(c.id()).append(": ")
                        .append(t.ok() ? t.output() + ", " + t.outputBytes() + " B" : "**FAILED**: " + t.failure()).append("\n"));
            }
        }
        return md.toString();
    }

    private static int entries(String classpath) {
        return classpath == null ? 0 : classpath.split(java.io.File.pathSeparator).length;
    }

    private static String jarNames(String classpath) {
        if (classpath == null) {
            return "unknown";
        }
        return Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString())
                .collect(Collectors.joining(", "));
    }
}
