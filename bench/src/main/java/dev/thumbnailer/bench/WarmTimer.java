package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import com.sun.management.OperatingSystemMXBean;
import dev.thumbnailer.image.UploadRejectedException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Child-JVM main for warm timings (started with the Lambda-like flags by {@link Bench}). Per image,
 * the contenders run alternately, call by call, first to warm up, then measured, so drift
 * (thermal, page cache, JIT, other work on the machine) hits all alike: ours, then sharp (when
 * {@link SharpTimer} is available: one Node.js process per image, each call asked for and awaited
 * here, timed there), then Thumbnailator. A full GC before each timed call keeps one contender's garbage from being
 * collected on the other's clock; each still pays for the collections its own allocation causes.
 * Besides wall time it records the process's CPU time per call (all threads: the render, the GC,
 * any late JIT), which other work on a shared machine barely disturbs, so runs stay comparable.
 * Writes one machine-readable line per (image, contender) to stdout: {@code TIMING image contender
 * median p90 n cpuMean bytes description} or {@code FAILED image contender reason}, and for
 * sharp {@code SHARP image} followed by the script's RESULT or FAILED line.
 */
public final class WarmTimer {

    private static final int MIN_WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int MIN_RUNS = Integer.getInteger("bench.minRuns", 7);
    private static final int MAX_RUNS = Integer.getInteger("bench.maxRuns", 25);
    private static final long BUDGET_NANOS = Long.getLong("bench.secondsPerImage", 10) * 1_000_000_000L;

    private static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private WarmTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<Contender, Contender.Renderer> renderers = new EnumMap<>(Contender.class);
        for (Contender c : Contender.values()) {
            renderers.put(c, c.create());
        }
        Optional<SharpTimer> sharp = SharpTimer.fromProperties();
        for (int i = 1; i < args.length; i++) {
            CorpusImage image = CorpusImage.valueOf(args[i]);
            Optional<SharpTimer.Session> session = sharp.isPresent() ? Optional.of(sharp.get().open(image.in(dir))) : Optional.empty();
            try {
                time(image, Files.readAllBytes(image.in(dir)), renderers, session);
            } finally {
                session.ifPresent(SharpTimer.Session::close);
            }
        }
    }

    private static void time(CorpusImage image, byte[] bytes, Map<Contender, Contender.Renderer> renderers,
                             Optional<SharpTimer.Session> sharp) throws IOException, InterruptedException {
        Optional<String> sharpFailure = Optional.empty();
        Map<Contender, double[]> samples = new EnumMap<>(Contender.class);
        Map<Contender, double[]> cpu = new EnumMap<>(Contender.class);
        Map<Contender, Contender.Output> outputs = new EnumMap<>(Contender.class);
        for (Contender c : Contender.values()) {
            samples.put(c, new double[MAX_RUNS]);
            cpu.put(c, new double[MAX_RUNS]);
        }
        int runs = 0;
        long start = System.nanoTime();
        for (int round = -MIN_WARMUP; round < MAX_RUNS && (round < MIN_RUNS || System.nanoTime() - start < BUDGET_NANOS); round++) {
            for (Contender c : Contender.values()) {
                if (c != Contender.OURS && sharp.isPresent() && sharpFailure.isEmpty()) {
                    sharpFailure = sharp.get().call(round >= 0); // sharp right after ours: the pair the table compares
                }
                if (samples.get(c) == null) {
                    continue; // already failed on this image
                }
                System.gc();
                long cpu0 = CPU.getProcessCpuTime();
                long t0 = System.nanoTime();
                try {
                    outputs.put(c, renderers.get(c).render(image, bytes));
                } catch (Exception | OutOfMemoryError e) {
                    samples.put(c, null);
                    System.out.println("FAILED " + image + " " + c.id() + " " + describe(e));
                    continue;
                }
                if (round >= 0) {
                    samples.get(c)[round] = (System.nanoTime() - t0) / 1e6;
                    cpu.get(c)[round] = (CPU.getProcessCpuTime() - cpu0) / 1e6;
                }
            }
            if (round == -1) {
                start = System.nanoTime(); // the budget counts measured rounds only
            }
            runs = Math.max(0, round + 1);
        }
        for (Contender c : Contender.values()) {
            double[] measured = samples.get(c);
            if (measured != null) {
                Stats s = Stats.of(Arrays.copyOf(measured, runs));
                // A mean, not a median: the JDK reads process CPU time in 10 ms clock ticks on Linux, and
                // only an average over the runs recovers the milliseconds below that.
                double cpuMean = Arrays.stream(cpu.get(c), 0, runs).average().orElse(0);
                Contender.Output out = outputs.get(c);
                System.out.printf("TIMING %s %s %.1f %.1f %d %.1f %d %s%n", image, c.id(), s.median(), s.p90(), s.n(), cpuMean, out.bytes(), out.description());
            }
        }
        if (sharp.isPresent()) {
            System.out.println("SHARP " + image + " " + (sharpFailure.isPresent() ? "FAILED " + sharpFailure.get() : sharp.get().finish()));
        }
        System.out.flush();
    }

    static String describe(Throwable e) {
        if (e instanceof UploadRejectedException rejected) {
            return "rejected (" + rejected.rejection().code() + "): " + rejected.rejection().reason();
        }
        return e.getClass().getName() + ": " + e.getMessage();
    }
}
