package dev.thumbnailer.bench;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Child-JVM main for right-sizing: renders one file with the shipped defaults, the original's
 * bytes held in the heap as the handler holds a downloaded object.
 * <ul>
 * <li>{@code heap FILE}: render twice; exit 0 done, 3 out of memory, 4 any other failure (as {@link HeapProbe});
 * <li>{@code time FILE N}: render N times, printing process CPU and wall ms of each:
 *     {@code SIZING cpu=a,b,.. wall=a,b,.. thumbnails=WxH,..} (the first render is a fresh JVM's).
 * </ul>
 */
public final class SizingProbe {

    private SizingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        Settings defaults = SettingsParser.parse(Map.of());
        ThumbnailPipeline pipeline = new ThumbnailPipeline(defaults.sizes(), defaults.sourceLimits(), defaults.jpegQuality());
        String key = "limits/" + file.getFileName();
        if (args[0].equals("heap")) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                pipeline.render(key, bytes);
                pipeline.render(key, bytes);
            } catch (OutOfMemoryError e) {
                Runtime.getRuntime().halt(HeapProbe.OUT_OF_MEMORY);
            } catch (Throwable e) {
                System.err.println(WarmTimer.describe(e));
                Runtime.getRuntime().halt(HeapProbe.OTHER_FAILURE);
            }
            Runtime.getRuntime().halt(HeapProbe.OK);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        byte[] bytes = Files.readAllBytes(file);
        List<String> cpu = new ArrayList<>();
        List<String> wall = new ArrayList<>();
        List<Thumbnail> made = List.of();
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            made = pipeline.render(key, bytes);
            wall.add(String.valueOf((System.nanoTime() - start) / 1_000_000));
            cpu.add(String.valueOf((os.getProcessCpuTime() - cpuStart) / 1_000_000));
        }
        System.out.println("SIZING cpu=" + String.join(",", cpu) + " wall=" + String.join(",", wall) + " thumbnails="
                + String.join(",", made.stream().map(t -> t.width() + "x" + t.height()).toList()));
    }
}
