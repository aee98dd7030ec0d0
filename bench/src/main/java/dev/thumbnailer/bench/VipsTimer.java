package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * libvips' {@code vipsthumbnail} on the same files, whole process (start, decode, shrink, encode,
 * exit), one 256x256 box like the Thumbnailator call, output in the input's format. Optional: the
 * benchmark works without it. Peak RSS comes from GNU time when that is installed.
 */
final class VipsTimer {

    record Result(Stats stats, Optional<Long> peakRssKib, String error) {
    }

    private static final int RUNS = Integer.getInteger("bench.vipsRuns", 7);

    private final Path vips;
    private final Optional<Path> gnuTime;
    private final Path outDir;

    private VipsTimer(Path vips, Optional<Path> gnuTime, Path outDir) {
        this.vips = vips;
        this.gnuTime = gnuTime;
        this.outDir = outDir;
    }

    static Optional<VipsTimer> find(Path outDir) {
        Optional<Path> gnuTime = Optional.of(Path.of("/usr/bin/time")).filter(Files::isExecutable);
        return Processes.onPath("vipsthumbnail").map(vips -> new VipsTimer(vips, gnuTime, outDir));
    }

    String version() {
        try {
            return Processes.run(List.of(vips.toString(), "--version"), 30).output().strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    Result time(CorpusImage image, Path corpusDir) throws IOException {
        Files.createDirectories(outDir);
        List<String> command = List.of(vips.toString(), image.in(corpusDir).toString(), "--size", "256x256",
                "-o", outDir.resolve("vips-" + image.name().toLowerCase() + "." + image.extension()).toString());
        Processes.Finished warmup = Processes.run(command, 120); // also brings the file into the page cache
        if (warmup.exit() != 0) {
            return new Result(null, Optional.empty(), "exit " + warmup.exit() + ": " + firstLine(warmup.output()));
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = Processes.run(command, 120).millis();
        }
        return new Result(Stats.of(ms), gnuTime.flatMap(time -> peakRss(time, command)), "");
    }

    private Optional<Long> peakRss(Path time, List<String> command) {
        try {
            Path report = Files.createTempFile(outDir, "rss", ".txt");
            List<String> measured = new ArrayList<>(List.of(time.toString(), "-f", "%M", "-o", report.toString()));
            measured.addAll(command);
            Processes.run(measured, 120);
            String text = Files.readString(report).strip();
            Files.deleteIfExists(report);
            return Optional.of(Long.parseLong(text.substring(text.lastIndexOf('\n') + 1).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
