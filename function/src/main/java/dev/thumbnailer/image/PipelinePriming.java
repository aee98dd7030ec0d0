package dev.thumbnailer.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Pushes a tiny in-memory JPEG, PNG and GIF through the whole pipeline, so every codec, resizer and
 * encoder class (and the scaled JPEG decoder) is loaded and initialised before a SnapStart snapshot
 * instead of on the first event.
 */
public final class PipelinePriming {

    private PipelinePriming() {
    }

    public static void exercise(ThumbnailPipeline pipeline) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 48);
        g.dispose();
        BufferedImage opaque = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        opaque.createGraphics().drawImage(image, 0, 0, null);
        byte[] jpeg = encode(opaque, "jpeg");
        render(pipeline, "priming.jpg", jpeg);
        // Too small for a reduced decode at the configured sizes, so exercise the scaled decoder directly.
        if (JpegDecoding.scaled(jpeg, new ImageHeader(ImageFormat.JPEG, 64, 48, 1, Orientation.NORMAL), 2, Long.MAX_VALUE).isEmpty()) {
            throw new IllegalStateException("priming JPEG refused by the scaled decoder");
        }
        render(pipeline, "priming.png", encode(image, "png"));
        render(pipeline, "priming.gif", encode(image, "gif"));
    }

    private static void render(ThumbnailPipeline pipeline, String key, byte[] bytes) {
        try {
            pipeline.render(key, bytes);
        } catch (UploadRejectedException e) {
            throw new IllegalStateException("priming image rejected: " + e.rejection().reason(), e);
        }
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
