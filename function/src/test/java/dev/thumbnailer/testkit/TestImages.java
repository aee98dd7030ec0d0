package dev.thumbnailer.testkit;

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

/** Tiny images made in code, named for their property, so no binary fixtures are committed. */
public final class TestImages {

    private TestImages() {
    }

    /** An opaque RGB photo-ish gradient. */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 40), width, height, new Color(40, 40, 200)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Left half opaque red, right half fully transparent. */
    public static BufferedImage halfTransparent(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return image;
    }

    /** A two-colour palette GIF image: left half red, right half blue. */
    public static BufferedImage twoColourIndexed(int width, int height, boolean transparentRight) {
        byte[] r = {(byte) 255, 0};
        byte[] g = {0, 0};
        byte[] b = {0, (byte) 255};
        IndexColorModel palette = transparentRight ? new IndexColorModel(1, 2, r, g, b, 1) : new IndexColorModel(1, 2, r, g, b);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int y = 0; y < height; y++) {
            for (int x = width / 2; x < width; x++) {
                image.getRaster().setSample(x, y, 0, 1);
            }
        }
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(gradient(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(halfTransparent(width, height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(twoColourIndexed(width, height, false), "gif");
    }

    /**
     * An animation of {@code frames} full-screen frames of {@link #twoColourIndexed}'s palette, the
     * red/blue split moving right frame by frame, written by the JDK's GIF writer (no loop, no delays).
     */
    public static byte[] movingSplitGif(int frames, int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = twoColourIndexed(width, height, false);
                Graphics2D g = frame.createGraphics();
                g.setColor(Color.RED);
                g.fillRect(0, 0, width, height);
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

    /** How many images ImageIO's reader finds in the file: the frames of a GIF, 1 for a still. */
    public static int frameCount(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format ImageIO detects from the bytes, e.g. "png". */
    public static String formatOf(byte[] bytes) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            return readers.hasNext() ? readers.next().getFormatName().toLowerCase(Locale.ROOT) : "none";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
