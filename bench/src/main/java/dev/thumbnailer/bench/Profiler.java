package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bench/run --profile}: where the time goes, per image and implementation, from a JFR
 * recording of a {@link ProfileLoop} child with the Lambda-like flags. Java and native samples are
 * taken at the same period so their counts can be added.
 */
final class Profiler {

    private static final String JFR = "-XX:StartFlightRecording:filename=%s,settings=profile,dumponexit=true,"
            + "jdk.ExecutionSample#period=10ms,jdk.NativeMethodSample#period=10ms";

    /** Steps worth a row: the pipeline's own classes, the codecs and Java2D underneath them. */
    private static boolean isStep(String method) {
        return method.startsWith("dev.thumbnailer.image.") || method.startsWith("net.coobird.thumbnailator.")
                || method.startsWith("com.sun.imageio.plugins.") || method.startsWith("com.twelvemonkeys.imageio.plugins.")
                || method.startsWith("java.awt.image.") || method.startsWith("sun.java2d.") || method.startsWith("java.util.zip.");
    }

    private final JavaLauncher launcher;
    private final String classpath;
    private final Path workDir;
    private final Consumer<String> log;

    Profiler(JavaLauncher launcher, String classpath, Path workDir, Consumer<String> log) {
        this.launcher = launcher;
        this.classpath = classpath;
        this.workDir = workDir;
        this.log = log;
    }

    String profile(List<CorpusImage> images, Path corpusDir, int seconds) throws IOException {
        StringBuilder md = new StringBuilder("# Profiles (bench/run --profile)\n\nJFR, Java and native samples every 10 ms of the rendering thread, "
                + seconds + " s of repeated renders per row, flags `" + launcher.describeFlags() + "`. Inclusive shares: a step's whole cost, callees included.\n\n");
        for (CorpusImage image : images) {
            for (Contender contender : Contender.values()) {
                Path recording = workDir.resolve("profile-" + image.name().toLowerCase() + "-" + contender.id() + ".jfr");
                Files.deleteIfExists(recording);
                ProcessBuilder pb = launcher.command(classpath, List.of(JFR.formatted(recording)), ProfileLoop.class,
                        List.of(contender.id(), image.name(), corpusDir.toString(), Integer.toString(seconds)));
                Processes.Finished run = Processes.run(pb.command(), seconds + 120);
                String renders = run.output().lines().filter(l -> l.startsWith("RENDERS ")).findFirst().map(l -> l.substring(8)).orElse("?");
                log.accept("profiled " + image + " " + contender.id() + ": " + renders + " renders, exit " + run.exit());
                md.append("## ").append(image.label()).append(", ").append(contender.id()).append(" (").append(renders).append(" renders)\n\n");
                md.append(run.exit() == 0 ? JfrSummary.read(recording).markdown(Profiler::isStep, 15) : "failed:\n```\n" + run.output() + "\n```\n").append("\n");
            }
        }
        return md.toString();
    }
}
