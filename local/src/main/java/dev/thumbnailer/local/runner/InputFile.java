package dev.thumbnailer.local.runner;

import dev.thumbnailer.local.samples.SampleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** A file to upload under {@code key}; read only when its turn comes, so big folders are not held in memory. */
record InputFile(String key, long size, Supplier<byte[]> content) {

    static InputFile of(SampleFile sample) {
        return new InputFile(sample.key(), sample.bytes().length, sample::bytes);
    }

    static InputFile of(Path folder, Path file) throws IOException {
        String key = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new InputFile(key, Files.size(file), () -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
