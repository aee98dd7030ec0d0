package dev.thumbnailer.local.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the derivatives land, mirrored from the bucket key by key. Each run starts from an empty
 * folder; to never wipe a folder the user cares about, only one this runner created (it leaves a
 * marker file) is emptied, and any other non-empty folder is refused.
 */
final class OutputFolder {

    static final String MARKER = ".s3-thumbnailer-output";
    static final String FUNCTION_LOG = "function-log.jsonl";

    private final Path dir;

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    static OutputFolder prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UsageException("--out " + dir + " is a file, not a folder.");
            }
            if (Files.exists(dir) && !isEmpty(dir)) {
                if (!Files.exists(dir.resolve(MARKER))) {
                    throw new UsageException("Output folder " + dir.toAbsolutePath() + " is not empty and was not made by this runner;"
                            + " choose another with --out DIR.");
                }
                deleteContents(dir);
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "Written by ./try-it; emptied at the start of each run.\n");
            return new OutputFolder(dir);
        } catch (IOException e) {
            throw new UsageException("Cannot use output folder " + dir.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    Path dir() {
        return dir;
    }

    /** The folder as the user would type it: relative to the working directory when inside it. */
    String displayName() {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute) + "/";
    }

    Path functionLog() {
        return dir.resolve(FUNCTION_LOG);
    }

    Path write(String key, byte[] bytes) {
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    boolean remove(String key) {
        try {
            return Files.deleteIfExists(fileFor(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + fileFor(key), e);
        }
    }

    /** The file for a key; a key that would climb out of the folder ("../") is refused. */
    Path fileFor(String key) {
        Path file = dir.resolve(key).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new IllegalArgumentException("key " + key + " points outside " + dir);
        }
        return file;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.delete(path);
                }
            }
        }
    }
}
