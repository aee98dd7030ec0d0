package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.Corpus;
import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.bench.corpus.LimitCorpus;
import dev.thumbnailer.bench.corpus.LimitImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Right-sizing ({@code bench/run --sizing}): for the largest inputs the default limits accept, and
 * the typical 12 MP photo, the smallest heap the pipeline needs and the CPU time it takes, then what
 * that means at Lambda memory sizes. Model, stated in the report: the max heap is 85% of the memory
 * (what Lambda's Java runtime has been observed to set; not documented), and a function gets
 * memory/1769 of a vCPU below 1769 MB, so a single-threaded render takes CPU × 1769 / memory.
 */
final class Sizing {

    static final int[] LADDER_MIB = {16, 24, 32, 48, 64, 96, 128, 192, 256, 320, 384, 448, 512, 528, 576, 640, 768, 896, 960, 1024, 1152, 1280, 1408, 1536, 1664, 1792, 2048, 2560, 3072};
    static final int[] MEMORY_MB = {512, 768, 1024, 1769};
    static final double HEAP_SHARE = 0.85;
    static final int FULL_VCPU_MB = 1769;

    record Input(String label, Path file, long pixels) {
    }

    record Result(Input input, long bytes, Optional<Integer> minHeapMib, String heapNote, long firstCpu, long warmCpu, long firstWall, long warmWall) {
    }

    private final JavaLauncher launcher;
    private final String classpath;
    private final Path logDir;
    private final Consumer<String> log;
    private final int timingMemoryMb = Integer.getInteger("bench.sizingMemoryMB", 1024);

    Sizing(JavaLauncher launcher, String classpath, Path logDir, Consumer<String> log) {
        this.launcher = launcher;
        this.classpath = classpath;
        this.logDir = logDir;
        this.log = log;
    }

    String run(Path corpusRoot) throws IOException, InterruptedException {
        Path corpus = Corpus.ensure(corpusRoot, List.of(CorpusImage.JPEG_12MP, CorpusImage.JPEG_50MP), log);
        Path limits = LimitCorpus.ensure(corpusRoot, List.of(LimitImage.values()), log);
        List<Input> inputs = new ArrayList<>();
        for (CorpusImage image : List.of(CorpusImage.JPEG_12MP, CorpusImage.JPEG_50MP)) {
            inputs.add(new Input(image.label(), image.in(corpus), (long) image.width() * image.height()));
        }
        for (LimitImage image : LimitImage.values()) {
            inputs.add(new Input(image.label(), image.in(limits), image.pixels()));
        }
        Map<Input, Result> results = new ConcurrentHashMap<>();
        // Heap probes two at a time (memory, not time, is measured); timings one at a time, afterwards.
        Map<Input, HeapBisector.Result> heaps = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Input input : inputs) {
                pool.submit(() -> heaps.put(input, minimumHeap(input)));
            }
        }
        for (Input input : inputs) {
            results.put(input, time(input, heaps.get(input)));
        }
        return SizingReport.render(inputs.stream().map(results::get).toList(), timingMemoryMb);
    }

    private HeapBisector.Result minimumHeap(Input input) {
        int failing = -1;
        int working = LADDER_MIB.length;
        while (working - failing > 1) {
            int probe = (failing + working) / 2;
            int exit = probe(input, LADDER_MIB[probe]);
            if (exit == HeapProbe.OTHER_FAILURE) {
                log.accept("min heap " + input.label() + ": fails at " + LADDER_MIB[probe] + " MiB, not for lack of memory");
                return new HeapBisector.Result(Optional.empty(), "fails (not memory)");
            }
            if (exit == HeapProbe.OK) {
                working = probe;
            } else {
                failing = probe;
            }
        }
        if (working == LADDER_MIB.length) {
            return new HeapBisector.Result(Optional.empty(), "> " + LADDER_MIB[LADDER_MIB.length - 1] + " MiB");
        }
        log.accept("min heap " + input.label() + ": " + LADDER_MIB[working] + " MiB");
        return new HeapBisector.Result(Optional.of(LADDER_MIB[working]), "");
    }

    private int probe(Input input, int mib) {
        List<String> flags = List.of("-Xmx" + mib + "m", "-Xms" + Math.min(mib, 8) + "m", "-XX:+ExitOnOutOfMemoryError");
        ProcessBuilder pb = launcher.command(classpath, flags, SizingProbe.class, List.of("heap", input.file().toString()));
        try {
            Processes.Finished finished = Processes.run(pb, 600);
            Files.writeString(logDir.resolve("sizing-" + input.file().getFileName() + "-" + mib + "m.log"), finished.output());
            return finished.exit() == HeapProbe.OK || finished.exit() == HeapProbe.OTHER_FAILURE ? finished.exit() : HeapProbe.OUT_OF_MEMORY;
        } catch (IOException e) {
            return HeapProbe.OTHER_FAILURE;
        }
    }

    /** Three renders in a fresh JVM whose heap is what {@code bench.sizingMemoryMB} of Lambda memory gives. */
    private Result time(Input input, HeapBisector.Result heap) throws IOException {
        long bytes = Files.size(input.file());
        int heapMib = (int) (timingMemoryMb * HEAP_SHARE);
        if (heap.mib().isEmpty() || heap.mib().get() > heapMib) {
            return new Result(input, bytes, heap.mib(), heap.note(), -1, -1, -1, -1);
        }
        ProcessBuilder pb = launcher.command(classpath, List.of("-Xmx" + heapMib + "m"), SizingProbe.class, List.of("time", input.file().toString(), "3"));
        Processes.Finished finished = Processes.run(pb, 900);
        String line = finished.output().lines().filter(l -> l.startsWith("SIZING ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("sizing probe failed for " + input.file() + ":\n" + finished.output()));
        long[] cpu = numbers(line, "cpu=");
        long[] wall = numbers(line, "wall=");
        log.accept("timed " + input.label() + ": CPU " + Arrays.toString(cpu) + " ms, wall " + Arrays.toString(wall) + " ms");
        return new Result(input, bytes, heap.mib(), heap.note(), cpu[0], Math.min(cpu[1], cpu[2]), wall[0], Math.min(wall[1], wall[2]));
    }

    private static long[] numbers(String line, String field) {
        String value = line.substring(line.indexOf(field) + field.length()).split(" ")[0];
        return Arrays.stream(value.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
