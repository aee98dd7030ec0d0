package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Launches the {@link WarmTimer} child over the whole corpus and collects its figures. */
final class WarmRun {

    /** One contender on one image: its timing and what it produced, or why it failed. */
    record Timing(Stats stats, double cpuMean, long outputBytes, String output, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private WarmRun() {
    }

    static Map<CorpusImage, Map<Contender, Timing>> run(JavaLauncher launcher, String classpath, Path corpusDir,
                                                      List<CorpusImage> images, Consumer<String> log) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(corpusDir.toString()));
        images.forEach(i -> args.add(i.name()));
        List<String> props = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("bench.") && !n.endsWith("lasspath"))
                .forEach(n -> props.add("-D" + n + "=" + System.getProperty(n)));
        Process process = launcher.command(classpath, props, WarmTimer.class, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<CorpusImage, Map<Contender, Timing>> results = new EnumMap<>(CorpusImage.class);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                parse(line, results, log);
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("warm timing JVM exited with " + process.exitValue());
        }
        return results;
    }

    private static void parse(String line, Map<CorpusImage, Map<Contender, Timing>> results, Consumer<String> log) {
        String[] f = line.split(" ", 9);
        if (f[0].equals("TIMING") && f.length == 9) {
            Stats stats = new Stats(Double.parseDouble(f[3]), Double.parseDouble(f[4]), Integer.parseInt(f[5]));
            Timing t = new Timing(stats, Double.parseDouble(f[6]), Long.parseLong(f[7]), f[8], null);
            results.computeIfAbsent(CorpusImage.valueOf(f[1]), k -> new EnumMap<>(Contender.class)).put(Contender.byId(f[2]), t);
            log.accept("warm " + f[1] + " " + f[2] + ": median " + f[3] + " ms, p90 " + f[4] + " ms, n=" + f[5] + ", CPU " + f[6] + " ms (" + f[8] + ")");
        } else if (f[0].equals("FAILED")) {
            String[] g = line.split(" ", 4);
            results.computeIfAbsent(CorpusImage.valueOf(g[1]), k -> new EnumMap<>(Contender.class))
                    .put(Contender.byId(g[2]), new Timing(null, 0, 0, "", g[3]));
            log.accept("warm " + g[1] + " " + g[2] + " FAILED: " + g[3]);
        } else {
            log.accept("timing JVM: " + line);
        }
    }
}
