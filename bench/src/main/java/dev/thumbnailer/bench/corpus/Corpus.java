package dev.thumbnailer.bench.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the corpus into a folder, skipping files already there. The folder name carries
 * {@link #VERSION}: bump it whenever the generator changes so stale caches are never measured.
 */
public final class Corpus {

    public static final String VERSION = "v1";

    /** Camera-like JPEG quality; 0.9 in ImageIO's scale. */
    private static final float JPEG_QUALITY = 0.9f;

    private Corpus() {
    }

    public static Path ensure(Path root, List<CorpusImage> images, Consumer<String> log) {
        Path dir = root.resolve(VERSION);
        try {
            Files.createDirectories(dir);
            for (CorpusImage image : images) {
                Path file = image.in(dir);
                if (!Files.exists(file)) {
                    long start = System.nanoTime();
                    Path partial = dir.resolve(image.fileName() + ".partial");
                    Files.write(partial, generate(image)); // write-then-rename: an interrupted run leaves no half file
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                    log.accept("generated " + file.getFileName() + " (" + Files.size(file) + " bytes) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate corpus in " + dir, e);
        }
        return dir;
    }

    static byte[] generate(CorpusImage image) throws IOException {
        int w = image.width();
        int h = image.height();
        long seed = image.seed();
        return switch (image.kind()) {
            case JPEG_BASELINE -> ImageFiles.jpeg(photo(w, h, seed, BufferedImage.TYPE_INT_RGB), JPEG_QUALITY, false);
            case JPEG_PROGRESSIVE -> ImageFiles.jpeg(photo(w, h, seed, BufferedImage.TYPE_INT_RGB), JPEG_QUALITY, true);
            case JPEG_EXIF6 -> ExifOrientation.insert(ImageFiles.jpeg(photo(w, h, seed, BufferedImage.TYPE_INT_RGB), JPEG_QUALITY, false), 6);
            case PNG_RGB -> ImageFiles.png(photo(w, h, seed, BufferedImage.TYPE_INT_RGB));
            case PNG_RGBA -> ImageFiles.png(AlphaMask.apply(photo(w, h, seed, BufferedImage.TYPE_INT_ARGB)));
            case GIF_STILL -> ImageFiles.gif(List.of(Palette332.toIndexed(photo(w, h, seed, BufferedImage.TYPE_INT_RGB))), 0);
            case GIF_ANIMATED -> ImageFiles.gif(animation(w, h, seed, 60), 5);
        };
    }

    private static BufferedImage photo(int w, int h, long seed, int type) {
        BufferedImage image = PhotoPainter.paint(w, h, seed, type);
        Grain.apply(image, seed, 14, 10);
        return image;
    }

    /** A ball and a bar moving over a still scene, with a frame counter: GIF-typical, mostly static content. */
    private static List<BufferedImage> animation(int w, int h, long seed, int count) {
        BufferedImage background = PhotoPainter.paint(w, h, seed, BufferedImage.TYPE_INT_RGB);
        Grain.apply(background, seed, 10, 4);
        List<BufferedImage> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.drawImage(background, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double t = (double) i / count;
            g.setColor(new Color(220, 40, 40));
            g.fillOval((int) (t * (w - 60)), (int) (h / 2 + Math.sin(t * 2 * Math.PI) * h / 3) - 30, 60, 60);
            g.setColor(new Color(250, 240, 80));
            g.setStroke(new BasicStroke(8));
            g.rotate(t * 2 * Math.PI, w * 0.8, h * 0.3);
            g.drawLine((int) (w * 0.8) - 40, (int) (h * 0.3), (int) (w * 0.8) + 40, (int) (h * 0.3));
            g.setTransform(new java.awt.geom.AffineTransform());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            g.setColor(Color.WHITE);
            g.drawString("frame " + (i + 1) + "/" + count, 12, h - 14);
            g.dispose();
            frames.add(Palette332.toIndexed(frame));
        }
        return frames;
    }
}
