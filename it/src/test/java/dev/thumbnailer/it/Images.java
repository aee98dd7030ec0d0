package dev.thumbnailer.it;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Originals made in code for the end-to-end tests, and decoding helpers for the assertions. */
final class Images {

    private Images() {
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "jpeg");
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillOval(0, 0, width, height);
        g.dispose();
        return encode(image, "png");
    }

    static byte[] gif(int width, int height) {
        IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {(byte) 255, 0}, new byte[] {0, 0}, new byte[] {0, (byte) 255});
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, palette);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width / 2, height);
        g.dispose();
        return encode(image, "gif");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decoded facts about an encoded image: its real format (from the bytes), size and alpha. */
    record Decoded(String format, int width, int height, boolean alpha) {
    }

    static Decoded decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            return new Decoded(reader.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg"),
                    image.getWidth(), image.getHeight(), image.getColorModel().hasAlpha());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
