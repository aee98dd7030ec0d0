package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.Corpus;
import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * What an animated GIF costs per frame, so that "no slower than Thumbnailator's default call"
 * can be judged when that call keeps 1 frame of 60: our pipeline at the default sizes and at
 * Thumbnailator's one 256×256 box, against Thumbnailator's default call (first frame only) and
 * Thumbnailator made to do every frame (each frame read with ImageIO, thumbnailed, and written back
 * as an animation with ImageIO's GIF writer: {@link ThumbnailatorEveryFrame}). Run by
 * {@code bench/animated-gif} with Lambda's flags; alternating, warm, thread CPU and wall time.
 */
public final class AnimatedGifComparison {

    private static final int WARMUP = 5;
    private static final int RUNS = Integer.getInteger("bench.runs", 25);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnimatedGifComparison() {
    }

    interface Job {
        long run(byte[] gif) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Corpus.ensure(Path.of(args[0]), List.of(CorpusImage.GIF_ANIMATED), System.err::println);
        byte[] gif = Files.readAllBytes(CorpusImage.GIF_ANIMATED.in(dir));
        int frames = frames(gif);
        Map<String, Job> jobs = new LinkedHashMap<>();
        jobs.put("ours, all default sizes (small=128x128, medium=512x512), every frame", ours(List.of(
                new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT))));
        jobs.put("ours, one 256x256 size, every frame", ours(List.of(new ThumbnailSize("box", 256, 256, FitMode.FIT))));
        jobs.put("Thumbnailator default call (keeps the first frame only)", AnimatedGifComparison::thumbnailatorDefault);
        jobs.put("Thumbnailator on every frame, re-animated with ImageIO's GIF writer", ThumbnailatorEveryFrame::render);
        Map<String, long[][]> samples = measure(jobs, gif);
        print(samples, frames, gif.length);
    }

    private static Job ours(List<ThumbnailSize> sizes) {
        ThumbnailPipeline pipeline = new ThumbnailPipeline(sizes, new SourceLimits(100_000_000L, 200), 85);
        return gif -> pipeline.render("bench/animation.gif", gif).stream().mapToLong(t -> t.bytes().length).sum();
    }

    /** As {@link Contender#THUMBNAILATOR} calls it, ImageIO's disk cache on (our pipeline turns it off JVM-wide). */
    private static long thumbnailatorDefault(byte[] gif) throws Exception {
        boolean cache = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(new ByteArrayInputStream(gif)).size(256, 256).outputFormat("gif").toOutputStream(out);
            return out.size();
        } finally {
            ImageIO.setUseCache(cache);
        }
    }

    /** Per job: [0] wall ns, [1] thread CPU ns, [2] output bytes, one column per measured run; jobs alternate. */
    private static Map<String, long[][]> measure(Map<String, Job> jobs, byte[] gif) throws Exception {
        Map<String, long[][]> samples = new LinkedHashMap<>();
        jobs.keySet().forEach(name -> samples.put(name, new long[3][RUNS]));
        for (int round = -WARMUP; round < RUNS; round++) {
            for (Map.Entry<String, Job> job : jobs.entrySet()) {
                System.gc();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long bytes = job.getValue().run(gif);
                if (round >= 0) {
                    long[][] s = samples.get(job.getKey());
                    s[0][round] = System.nanoTime() - wall;
                    s[1][round] = THREADS.getCurrentThreadCpuTime() - cpu;
                    s[2][round] = bytes;
                }
            }
        }
        return samples;
    }

    private static void print(Map<String, long[][]> samples, int frames, int inputBytes) {
        System.out.printf("%n%d-frame animated GIF (%s, %,d B), %d runs, load average %.2f%n%n", frames, CorpusImage.GIF_ANIMATED.fileName(),
                inputBytes, RUNS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| what | frames out | wall ms, median | thread CPU ms, median (min) | CPU ms per output frame | bytes out |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, long[][]> e : samples.entrySet()) {
            long[] wall = e.getValue()[0].clone();
            long[] cpu = e.getValue()[1].clone();
            Arrays.sort(wall);
            Arrays.sort(cpu);
            int out = e.getKey().startsWith("Thumbnailator default") ? 1 : frames;
            System.out.printf("| %s | %d | %.1f | %.1f (%.1f) | %.2f | %,d |%n", e.getKey(), out, wall[RUNS / 2] / 1e6, cpu[RUNS / 2] / 1e6, cpu[0] / 1e6,
                    cpu[RUNS / 2] / 1e6 / out, e.getValue()[2][RUNS - 1]);
        }
    }

    private static int frames(byte[] gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in, false, true);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }
}
