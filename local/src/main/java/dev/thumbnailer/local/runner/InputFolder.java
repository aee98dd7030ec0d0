package dev.thumbnailer.local.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder the user named, each keyed by its path relative to the folder. A folder
 * that cannot be used is a {@link UsageException} saying why, not a stack trace.
 */
final class InputFolder {

    private InputFolder() {
    }

    static List<InputFile> scan(Path folder) {
        if (!Files.exists(folder)) {
            throw new UsageException("No such folder: " + folder.toAbsolutePath());
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException(folder + " is a file; name the folder that holds your images.");
        }
        if (!Files.isReadable(folder)) {
            throw new UsageException("Cannot read folder " + folder.toAbsolutePath() + ": permission denied.");
        }
        List<InputFile> files = list(folder);
        if (files.isEmpty()) {
            throw new UsageException("Folder " + folder.toAbsolutePath() + " has no files to upload (it is empty, or has only empty subfolders).");
        }
        return files;
    }

    private static List<InputFile> list(Path folder) {
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(InputFile.of(folder, file));
            }
        } catch (UncheckedIOException e) {
            throw unreadable(folder, e.getCause());
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
        return files;
    }

    private static UsageException unreadable(Path folder, IOException e) {
        String what = e instanceof AccessDeniedException denied ? denied.getFile() + ": permission denied" : e.getMessage();
        return new UsageException("Cannot read everything in " + folder.toAbsolutePath() + " (" + what + ").");
    }
}
