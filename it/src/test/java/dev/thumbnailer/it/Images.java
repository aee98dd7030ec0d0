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
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

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

    /** An animation of {@code frames} two-colour frames, each moving the red/blue split along, written by the JDK's GIF writer. */
    static byte[] animatedGif(int frames, int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {(byte) 255, 0}, new byte[] {0, 0}, new byte[] {0, (byte) 255});
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, palette);
                Graphics2D g = frame.createGraphics();
                g.setColor(Color.BLUE);
                g.fillRect((i + 1) * width / (frames + 1), 0, width, height);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static int frameCount(byte[] gif) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
