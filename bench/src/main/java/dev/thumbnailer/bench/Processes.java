package dev.thumbnailer.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion, timing it from just before start to exit. */
final class Processes {

    record Finished(int exit, double millis, String output) {
    }

    private Processes() {
    }

    static Finished run(List<String> command, int timeoutSeconds) throws IOException {
        return run(new ProcessBuilder(command), timeoutSeconds);
    }

    /** The same for a prepared builder (environment, working folder); its output is merged and captured. */
    static Finished run(ProcessBuilder pb, int timeoutSeconds) throws IOException {
        pb.redirectErrorStream(true);
        List<String> command = pb.command();
        long start = System.nanoTime();
        Process process = pb.start();
        // Drain output concurrently so a chatty process cannot block on a full pipe.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Finished(-1, (System.nanoTime() - start) / 1e6, "timed out after " + timeoutSeconds + " s");
            }
            double millis = (System.nanoTime() - start) / 1e6;
            return new Finished(process.exitValue(), millis, output.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** The executable {@code name} would run as from a shell: the first match on PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
