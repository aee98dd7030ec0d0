package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command-line switches of {@code bench/run}. Only a full run (no switch that drops work) may
 * overwrite the committed {@code bench/RESULTS.md}.
 */
record Options(List<CorpusImage> images, boolean heap, boolean vips, boolean sharp, boolean coldStart, int coldRuns, int profileSeconds, boolean coldOnly, boolean sizing) {

    static final String USAGE = """
            usage: bench/run [--images NAME,...] [--no-heap] [--no-vips] [--no-sharp] [--no-cold-start] [--cold-runs N]
                   bench/run --cold-only [--cold-runs N]   (only the cold starts: BENCH_COLD_FLAGS, BENCH_COLD_ARTIFACT experiments)
                   bench/run --sizing   (right-sizing: heap and CPU of the largest accepted inputs; bench/results/sizing.md)
                   bench/run --profile [SECONDS] [--images NAME,...]   (JFR profile of both implementations instead)
              NAME is a corpus entry (%s) or its file name.
              Tuning (as -D in BENCH_JAVA_OPTS): bench.secondsPerImage=10 bench.minRuns=7 bench.maxRuns=25 bench.warmup=3 bench.vipsRuns=7""";

    static Options parse(String[] args) {
        List<CorpusImage> images = List.of(CorpusImage.values());
        boolean heap = true;
        boolean vips = true;
        boolean sharp = true;
        boolean cold = true;
        int coldRuns = 5;
        int profileSeconds = 0;
        boolean coldOnly = false;
        boolean sizing = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--images" -> images = images(args[++i]);
                case "--no-heap" -> heap = false;
                case "--no-vips" -> vips = false;
                case "--no-sharp" -> sharp = false;
                case "--no-cold-start" -> cold = false;
                case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
                case "--cold-only" -> coldOnly = true;
                case "--sizing" -> sizing = true;
                case "--profile" -> profileSeconds = i + 1 < args.length && args[i + 1].matches("\\d+") ? Integer.parseInt(args[++i]) : 10;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + usage());
            }
        }
        if (coldOnly) {
            return new Options(List.of(CorpusImage.JPEG_12MP), false, false, false, true, coldRuns, 0, true, false);
        }
        return new Options(images, heap, vips, sharp, cold, coldRuns, profileSeconds, false, sizing);
    }

    boolean full() {
        return images.size() == CorpusImage.values().length && heap && vips && sharp && coldStart && !profile() && !coldOnly && !sizing;
    }

    boolean profile() {
        return profileSeconds > 0;
    }

    static String usage() {
        return USAGE.formatted(String.join(", ", Arrays.stream(CorpusImage.values()).map(Enum::name).toList()));
    }

    private static List<CorpusImage> images(String list) {
        List<CorpusImage> chosen = new ArrayList<>();
        for (String name : list.split(",")) {
            String wanted = name.strip();
            chosen.add(Arrays.stream(CorpusImage.values())
                    .filter(c -> c.name().equalsIgnoreCase(wanted) || c.fileName().equals(wanted)
                            || c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no corpus image " + wanted + "\n" + usage())));
        }
        return chosen;
    }
}
