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
import java.util.Optional;
import java.util.function.Consumer;

/** Launches the {@link WarmTimer} child over the whole corpus and collects its figures, sharp's included. */
final class WarmRun {

    /** Ours and Thumbnailator per image and contender; sharp per image, timed in the same rounds. */
    record Results(Map<CorpusImage, Map<Contender, Timing>> timings, Map<CorpusImage, SharpResult> sharp) {
    }

    /** One contender on one image: its timing and what it produced, or why it failed. */
    record Timing(Stats stats, double cpuMean, long outputBytes, String output, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private WarmRun() {
    }

    static Results run(JavaLauncher launcher, String classpath, Path corpusDir, List<CorpusImage> images, Optional<SharpTimer> sharp,
                       Consumer<String> log) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(corpusDir.toString()));
        images.forEach(i -> args.add(i.name()));
        List<String> props = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("bench.") && !n.endsWith("lasspath"))
                .forEach(n -> props.add("-D" + n + "=" + System.getProperty(n)));
        sharp.ifPresent(t -> props.addAll(t.properties()));
        Process process = launcher.command(classpath, props, WarmTimer.class, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Results results = new Results(new EnumMap<>(CorpusImage.class), new EnumMap<>(CorpusImage.class));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("SHARP ")) {
                    sharp(line, results.sharp(), log);
                } else {
                    parse(line, results.timings(), log);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("warm timing JVM exited with " + process.exitValue());
        }
        return results;
    }

    /** {@code SHARP image} and the script's RESULT or FAILED line. */
    private static void sharp(String line, Map<CorpusImage, SharpResult> results, Consumer<String> log) {
        String[] f = line.split(" ", 3);
        SharpResult r = SharpResult.parse(0, f.length == 3 ? f[2] : "");
        results.put(CorpusImage.valueOf(f[1]), r);
        log.accept("warm " + f[1] + " sharp: " + (r.ok() ? "median " + r.stats().median() + " ms, p90 " + r.stats().p90() + " ms, n=" + r.stats().n()
                + String.format(", CPU %.1f ms (%s, %s)", r.cpuMean(), r.strategy(), r.output()) : r.error()));
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
