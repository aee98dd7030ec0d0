package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.Corpus;
import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The whole results page: machine, method, the table, targets, cold start, and what was run how. */
record Markdown(Report report, Options options, JavaLauncher launcher, String pipelineClasspath, ColdStart.Setup coldSetup) {

    String render(String elapsed) {
        StringBuilder md = new StringBuilder("# Benchmark results (issues 6 and 14)\n\n");
        md.append("Produced by `bench/run`").append(options.full() ? "" : " (partial run)").append(", which took ").append(elapsed).append(".\n\n");
        md.append("## Machine\n\n").append(Machine.describe()).append("\n\n");
        if (options.coldOnly()) {
            md.append("Cold starts only (`--cold-only`); 1-minute load average at the end: ").append(report.loadDuringTiming()).append(" on ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
            return md.append(coldStart()).toString();
        }
        md.append("## Warm render time and minimum heap\n\n").append(method()).append("\n\n");
        md.append(report.table(options.images())).append("\n");
        md.append("### Targets\n\n").append(Targets.table(report)).append("\n");
        if (!report.sharp().isEmpty()) {
            md.append(Targets.againstSharp(report)).append("\n");
        }
        md.append("### The same in CPU time\n\nMean process CPU time per call (render, GC and any JIT, all threads; a mean because the JDK counts it in 10 ms ticks). Other work on the machine moves it much less than wall time, so compare runs with this table when the load average above was high.\n\n")
                .append(report.cpuTable(options.images())).append("\n");
        md.append(coldStart());
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
                sharpMethod(),
                "- **ours / sharp**: our median divided by sharp's (below 1: ours is faster); the CPU table has the same ratio of mean CPU times."
                        + " The two alternate call by call, as ours and Thumbnailator do, so a change in the machine's load hits both alike; wall times still include"
                        + " what other work takes from the CPU, so on a busy machine the CPU ratio is the one to trust.",
                "- Corpus: generated and cached under `bench/target/corpus/" + Corpus.VERSION + "` (seeded: painted scene + value-noise texture + grain; JPEG quality 90).");
    }

    private String sharpMethod() {
        return "- **sharp** (" + report.sharpSetup() + "): `bench/sharp/time.mjs --serve`, one Node.js process per image, started beside the warm-timing JVM, which asks it for one call at a time in its rounds (ours, sharp, Thumbnailator, then again) and waits for each; the file's bytes in memory to both default sizes in memory"
                + " (512×512 and 128×128 fit boxes, never enlarged, `.rotate()` for EXIF orientation, same format out, JPEG quality 85; sharp's defaults otherwise:"
                + " optimised Huffman coding, PNG compression level 6, GIF palette reused), one thread (`sharp.concurrency(1)`, `UV_THREADPOOL_SIZE=1`),"
                + " libvips' operation cache off (each upload is a new file; a precaution, it measured no different on the 12 MP JPEG). The best two-size strategy sharp offers: JPEG and PNG are decoded once, shrink-on-load, to the 512 box"
                + " as raw pixels (`sharp(input).rotate().resize(512, 512, {fit: 'inside'}).raw().toBuffer({resolveWithObject: true})`), the 512 is encoded from those pixels"
                + " and the 128 resized from the same pixels; GIFs are opened with `{animated: true}` (all frames decoded as one tall image, each frame resized, all"
                + " re-encoded with the original's delays and loop count) and each size is made from the original, because raw pixels lose the palette and"
                + " re-quantising both sizes took 4.4× the CPU time on the 1 MP GIF, 1.9× on the animated one. The same rounds as ours (warm-up, then measured, a full GC before every call, timed inside Node.js)."
                + " Peak RSS: the Node.js process's maximum resident set over all of the image's rounds, Node.js and sharp included" + sharpBaseline() + ".";
    }

    private String sharpBaseline() {
        var base = report.sharp().values().stream().flatMap(r -> r.baseRssKib().stream()).mapToLong(Long::longValue).summaryStatistics();
        return base.getCount() == 0 ? "" : String.format(" (%.0f-%.0f MiB before the first call)", base.getMin() / 1024.0, base.getMax() / 1024.0);
    }

    private String coldStart() {
        if (report.coldRuns().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append("## Cold start (12 MP JPEG, default sizes, local S3 server)\n\n").append(coldMethod()).append("\n\n")
                .append("### Without SnapStart\n\n").append(ColdStartTable.plain(report.coldRuns())).append("\n")
                .append("### Primed: the SnapStart hooks run before the first event\n\n").append(primedMethod()).append("\n\n")
                .append(ColdStartTable.only(report.coldRuns(), ColdStart.Mode.PRIMED).stream().anyMatch(r -> r.hooks() > 0)
                        ? ColdStartTable.primed(report.coldRuns()) : "This build registers no SnapStart (CRaC) hooks: nothing to prime.\n").append("\n")
                .append("Outcomes: ").append(report.coldRuns().stream().map(ColdStart.Run::outcome).distinct().collect(Collectors.joining(", "))).append(".\n\n");
        return md.toString();
    }

    private String coldMethod() {
        return String.join("\n",
                "Each run is a fresh JVM (`" + launcher.describeFlags() + "`) started by the harness, which had already started and seeded an embedded S3Proxy server (not timed).",
                "The child loads the function as Lambda's Java runtime does: a URLClassLoader over the artifact folder and its `lib/*.jar` in name order (the runtime interface client's `CustomerClassLoader` over `/var/task`), "
                        + "the handler built with its no-arg constructor from the process environment (Lambda's init), the S3 event JSON parsed with the runtime's serializer, `handleRequest` called (HEAD, GET, decode, 2 thumbnails, 2 PUTs, HEAD), then a second, identical event, then " + ColdStart.WARM_EVENTS + " more (\"warm event\": their median).",
                "\"launch\" is the harness's clock just before `ProcessBuilder.start()`; JVM start is `RuntimeMXBean.getStartTime()`. CPU is the process's CPU time (all threads, JIT and GC included; 10 ms ticks), which other work on the machine moves much less than wall time.",
                "Artifact: `" + shown(coldSetup.artifact()) + "`, " + artifactSummary() + "; the loader also sees the local module (S3Events) and aws-lambda-java-serialization (the runtime's event parser): "
                        + jarNames(coldSetup.extras()) + ".");
    }

    private String primedMethod() {
        return String.join("\n",
                "The same child, with the flags the java25 runtime uses under SnapStart (`" + String.join(" ", JavaLauncher.SNAPSTART_FLAGS) + "`: the JVM's default tiered compilation, C2 included) and `-Dorg.crac.Core.Compat=" + ColdStart.CRAC_COMPAT + "`: `org.crac` then forwards the function's hook registration to the harness's CRaC stand-in, as it forwards it to the Lambda runtime's own implementation on Lambda.",
                "After init the child runs the hooks as a snapshot would (`beforeCheckpoint`, then `afterRestore`), then the events. No snapshot is taken: the first event meets the JVM a SnapStart snapshot would have captured, which approximates a restored function *minus* the restore itself (Lambda reports that as Restore Duration; it cannot be measured here).");
    }

    private String outputs() {
        StringBuilder md = new StringBuilder();
        for (CorpusImage image : options.images()) {
            for (Contender c : Contender.values()) {
                report.timing(image, c).ifPresent(t -> md.append("- ").append(image.label()).append(", ").append(c.id()).append(": ")
                        .append(t.ok() ? t.output() + ", " + t.outputBytes() + " B" : "**FAILED**: " + t.failure()).append("\n"));
            }
            report.sharpResult(image).ifPresent(r -> md.append("- ").append(image.label()).append(", sharp (").append(r.ok() ? r.strategy() : "-").append("): ")
                    .append(r.ok() ? r.output() + ", " + r.outputBytes() + " B" : "**FAILED**: " + r.error()).append("\n"));
        }
        return md.toString();
    }

    private String artifactSummary() {
        java.io.File[] jars = coldSetup.artifact().resolve("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        return jars == null ? "no lib/ folder" : jars.length + " jars in lib/";
    }

    private static String jarNames(String classpath) {
        if (classpath == null) {
            return "unknown";
        }
        return Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString())
                .collect(Collectors.joining(", "));
    }

    /** A path as the repository names it (bench/...): the report is committed, and this machine's folders mean nothing elsewhere. */
    private static String shown(Path path) {
        Path repo = Path.of(System.getProperty("bench.dir", "bench")).toAbsolutePath().getParent();
        Path absolute = path.toAbsolutePath();
        return repo != null && absolute.startsWith(repo) ? repo.relativize(absolute).toString() : absolute.getFileName().toString();
    }
}
