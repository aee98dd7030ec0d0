package dev.thumbnailer.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pushes in-memory images through the whole pipeline before a SnapStart snapshot, so what a
 * restored function meets on its first event is already done: every codec, resizer and encoder
 * class loaded and initialised (a tiny JPEG, PNG and GIF), and the hot loops of the JPEG path
 * compiled. The JIT compiles a loop only after it has run many thousand times, and compiled code
 * is part of the snapshot; a thumbnail-sized image never gets there, so a photo-sized one
 * ({@link #photoJpeg()}, about 2 MP) goes through the scaled decoder at each of its scales and
 * through the renderer and encoder, baseline and progressive.
 */
public final class PipelinePriming {

    static final int PHOTO_WIDTH = 1600;
    static final int PHOTO_HEIGHT = 1200;

    private PipelinePriming() {
    }

    /** @param baseline {@link #photoJpeg()}, which the S3 priming also serves as the original */
    public static void exercise(ThumbnailPipeline pipeline, byte[] baseline) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 48);
        g.dispose();
        render(pipeline, "priming.jpg", jpeg(opaque(image), false));
        render(pipeline, "priming.png", encode(image, "png"));
        render(pipeline, "priming.gif", encode(image, "gif"));

        byte[] progressive = jpeg(photo(PHOTO_WIDTH / 2, PHOTO_HEIGHT / 2), true); // its own entropy decoder; half size is plenty
        render(pipeline, "priming.jpg", baseline);
        render(pipeline, "priming.jpg", progressive);
        ImageHeader header = new ImageHeader(ImageFormat.JPEG, PHOTO_WIDTH, PHOTO_HEIGHT, 1, Orientation.NORMAL);
        for (int scale : new int[] {2, 4, 8}) { // each scale has its own IDCT
            if (scaled(baseline, header, scale).isEmpty()) {
                throw new IllegalStateException("priming JPEG refused by the scaled decoder at 1/" + scale);
            }
        }
    }

    /** A photo-like baseline JPEG, about 2 MP. */
    public static byte[] photoJpeg() {
        return jpeg(photo(PHOTO_WIDTH, PHOTO_HEIGHT), false);
    }

    /** Smooth gradients plus grain, so the entropy decoder sees photo-like symbol statistics. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom grain = new SplittableRandom(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = grain.nextInt(-12, 13);
                int r = clamp(x * 255 / width + noise);
                int g = clamp(y * 255 / height + noise);
                int b = clamp(128 + (int) (90 * Math.sin((x + y) / 40.0)) + noise);
                row[x] = r << 16 | g << 8 | b;
            }
            photo.setRGB(0, y, width, 1, row, 0, width);
        }
        return photo;
    }

    private static int clamp(int v) {
        return Math.clamp(v, 0, 255);
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        opaque.createGraphics().drawImage(image, 0, 0, null);
        return opaque;
    }

    private static Optional<BufferedImage> scaled(byte[] jpeg, ImageHeader header, int scale) {
        try {
            return DctReducedJpeg.decode(jpeg, header, scale, new SourceLimits(Long.MAX_VALUE, 1));
        } catch (UploadRejectedException e) {
            throw new IllegalStateException("priming JPEG rejected: " + e.rejection().reason(), e);
        }
    }

    private static void render(ThumbnailPipeline pipeline, String key, byte[] bytes) {
        try {
            pipeline.render(key, bytes);
        } catch (UploadRejectedException e) {
            throw new IllegalStateException("priming image rejected: " + e.rejection().reason(), e);
        }
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
