package dev.thumbnailer.bench.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the {@link LimitImage}s into a folder, skipping files already there (the 100 MP photo
 * takes a while). Each file is checked against the byte limit: an input the function would reject
 * before download measures nothing.
 */
public final class LimitCorpus {

    public static final String VERSION = "limits-v1";
    static final long MAX_SOURCE_BYTES = 50L * 1024 * 1024;
    private static final long SEED = 100;

    private LimitCorpus() {
    }

    public static Path ensure(Path root, List<LimitImage> images, Consumer<String> log) {
        Path dir = root.resolve(VERSION);
        try {
            Files.createDirectories(dir);
            BufferedImage photo = null;
            for (LimitImage image : images) {
                Path file = image.in(dir);
                if (Files.exists(file)) {
                    continue;
                }
                long start = System.nanoTime();
                Path partial = dir.resolve(image.fileName() + ".partial");
                switch (image) {
                    case JPEG_100MP, JPEG_100MP_PROGRESSIVE -> {
                        if (photo == null) {
                            photo = PhotoPainter.paint(image.width(), image.height(), SEED, BufferedImage.TYPE_INT_RGB);
                            Grain.apply(photo, SEED, 14, 10);
                        }
                        Files.write(partial, ImageFiles.jpeg(photo, 0.9f, image == LimitImage.JPEG_100MP_PROGRESSIVE));
                    }
                    case PNG_100MP_RGBA8, PNG_100MP_RGBA16, PNG_100MP_RGBA16_INTERLACED -> {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
                            PngStream.writeRgba(out, image.width(), image.height(), image == LimitImage.PNG_100MP_RGBA8 ? 8 : 16,
                                    image == LimitImage.PNG_100MP_RGBA16_INTERLACED);
                        }
                    }
                    case GIF_100MP -> Files.write(partial, ImageFiles.gif(List.of(pattern(image.width(), image.height(), 0)), 0));
                    case GIF_200_FRAMES -> {
                        List<BufferedImage> frames = new ArrayList<>();
                        for (int i = 0; i < image.frames(); i++) {
                            frames.add(pattern(image.width(), image.height(), i));
                        }
                        Files.write(partial, ImageFiles.gif(frames, 4));
                    }
                }
                long bytes = Files.size(partial);
                if (bytes > MAX_SOURCE_BYTES) {
                    throw new IllegalStateException(image.fileName() + " came out at " + bytes + " bytes, over MAX_SOURCE_BYTES");
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                log.accept("generated " + file.getFileName() + " (" + bytes + " bytes) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the limit inputs in " + dir, e);
        }
        return dir;
    }

    /** Diagonal colour bands that shift with {@code frame}: every frame differs, and LZW still packs it tightly. */
    private static BufferedImage pattern(int width, int height, int frame) {
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, Palette332.MODEL);
        byte[] pixels = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = (byte) ((x + y + 7 * frame) / 32);
            }
        }
        return indexed;
    }
}
