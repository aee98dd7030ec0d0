package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Finds the smallest -Xmx, on a coarse ladder, under which a contender renders an image: a binary
 * search over child JVMs ({@link HeapProbe}), each run to completion. Starts from the last run's
 * answer when there is one, which then costs two probes (it and the rung below) instead of four.
 * Assumes success is monotonic in heap size, which holds for these single-threaded renders.
 */
final class HeapBisector {

    static final int[] LADDER_MIB = {4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024};

    /** An answer: the smallest rung that worked, or empty with why (too big for the ladder, or a non-memory failure). */
    record Result(Optional<Integer> mib, String note) {
        String format() {
            return mib.map(m -> m + " MiB").orElse(note);
        }
    }

    private final JavaLauncher launcher;
    private final String classpath;
    private final Path corpusDir;
    private final Path logDir;
    private final HeapHints hints;
    private final Consumer<String> log;

    HeapBisector(JavaLauncher launcher, String classpath, Path corpusDir, Path logDir, HeapHints hints, Consumer<String> log) {
        this.launcher = launcher;
        this.classpath = classpath;
        this.corpusDir = corpusDir;
        this.logDir = logDir;
        this.hints = hints;
        this.log = log;
    }

    Result minimumHeap(CorpusImage image, Contender contender) {
        String key = image + "." + contender.id();
        int hint = hints.get(key).filter(i -> i < LADDER_MIB.length).orElse(-1);
        int failing = -1;                 // highest rung known to fail
        int working = LADDER_MIB.length;  // lowest rung known to work (length: none yet)
        int probe = hint >= 0 ? hint : LADDER_MIB.length / 2;
        while (working - failing > 1) {
            int exit = run(image, contender, LADDER_MIB[probe]);
            if (exit == HeapProbe.OTHER_FAILURE) {
                log.accept("min heap " + image + " " + contender.id() + ": fails at " + LADDER_MIB[probe] + " MiB, not for lack of memory; see "
                        + logFile(image, contender, LADDER_MIB[probe]));
                return new Result(Optional.empty(), "fails (not memory)");
            }
            boolean ok = exit == HeapProbe.OK;
            if (ok) {
                working = probe;
            } else {
                failing = probe;
            }
            // Confirm a hint with its neighbour first; otherwise halve the interval.
            probe = probe == hint ? (ok ? probe - 1 : probe + 1) : (failing + working) / 2;
            probe = Math.clamp(probe, failing + 1, Math.max(failing + 1, working - 1));
        }
        if (working == LADDER_MIB.length) {
            log.accept("min heap " + image + " " + contender.id() + ": more than the ladder's top");
            return new Result(Optional.empty(), "> " + LADDER_MIB[LADDER_MIB.length - 1] + " MiB");
        }
        hints.put(key, working);
        log.accept("min heap " + image + " " + contender.id() + ": " + LADDER_MIB[working] + " MiB");
        return new Result(Optional.of(LADDER_MIB[working]), "");
    }

    private int run(CorpusImage image, Contender contender, int mib) {
        Path logFile = logFile(image, contender, mib);
        // Exit at the throw, not at our catch: ImageIO's PNG reader wraps OutOfMemoryError in an IIOException,
        // which the pipeline then reports as an undecodable upload.
        List<String> flags = List.of("-Xmx" + mib + "m", "-Xms" + Math.min(mib, 8) + "m", "-XX:+ExitOnOutOfMemoryError");
        ProcessBuilder pb = launcher.command(classpath, flags, HeapProbe.class,
                List.of(contender.id(), image.name(), corpusDir.toString()));
        pb.redirectErrorStream(true).redirectOutput(logFile.toFile());
        try {
            Process process = pb.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(); // thrashing at the edge of the heap: count it as too small
                return HeapProbe.OUT_OF_MEMORY;
            }
            return process.exitValue() == HeapProbe.OK || process.exitValue() == HeapProbe.OTHER_FAILURE
                    ? process.exitValue() : HeapProbe.OUT_OF_MEMORY; // JVM refusing to start at a tiny -Xmx, or killed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Path logFile(CorpusImage image, Contender contender, int mib) {
        return logDir.resolve("heap-" + image.name().toLowerCase() + "-" + contender.id() + "-" + mib + "m.log");
    }
}
