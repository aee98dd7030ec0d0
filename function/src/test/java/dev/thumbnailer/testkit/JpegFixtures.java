package dev.thumbnailer.testkit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * JPEGs made in code for the scaled decoder's tests: a photo-like picture (gradients, hard edges,
 * thin lines, grain), written by the JDK's writer in the sampling, restart and progressive
 * variants the decoder must handle, by editing the writer's native metadata tree.
 */
public final class JpegFixtures {

    /** Horizontal × vertical luma sampling factors; chroma is always 1×1. */
    public enum Sampling {
        S444(1, 1), S422(2, 1), S420(2, 2), S440(1, 2);

        final int h;
        final int v;

        Sampling(int h, int v) {
            this.h = h;
            this.v = v;
        }
    }

    private JpegFixtures() {
    }

    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70, 130, 200), width * 0.3f, height, new Color(230, 190, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int x = random.nextInt(Math.max(1, width));
            int y = random.nextInt(Math.max(1, height));
            int size = 1 + random.nextInt(Math.max(1, Math.min(width, height) / 3));
            if (i % 3 == 0) {
                g.fillRect(x, y, size, size / 2 + 1);
            } else if (i % 3 == 1) {
                g.fillOval(x, y, size, size);
            } else {
                g.setStroke(new BasicStroke(1 + random.nextInt(3)));
                g.drawLine(x, y, random.nextInt(Math.max(1, width)), random.nextInt(Math.max(1, height)));
            }
        }
        g.dispose();
        grain(image, random, 6);
        return image;
    }

    public static BufferedImage grey(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < colour.getHeight(); y++) {
            for (int x = 0; x < colour.getWidth(); x++) {
                int rgb = colour.getRGB(x, y);
                grey.getRaster().setSample(x, y, 0, ((rgb >> 16 & 0xFF) * 77 + (rgb >> 8 & 0xFF) * 150 + (rgb & 0xFF) * 29) >> 8);
            }
        }
        return grey;
    }

    private static void grain(BufferedImage image, Random random, int amplitude) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int n = (int) Math.round(random.nextGaussian() * amplitude);
                image.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + n) << 16 | clamp((rgb >> 8 & 0xFF) + n) << 8 | clamp((rgb & 0xFF) + n));
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** @param sampling null for a grey image; restartInterval 0 for none */
    public static byte[] jpeg(BufferedImage image, Sampling sampling, boolean progressive, int restartInterval, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            edit(metadata, sampling, restartInterval);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void edit(IIOMetadata metadata, Sampling sampling, int restartInterval) throws IIOInvalidTreeException {
        String format = "javax_imageio_jpeg_image_1.0";
        Node root = metadata.getAsTree(format);
        Element markers = (Element) ((Element) root).getElementsByTagName("markerSequence").item(0);
        Element sof = (Element) markers.getElementsByTagName("sof").item(0);
        if (sampling != null) {
            Element luma = (Element) sof.getElementsByTagName("componentSpec").item(0);
            luma.setAttribute("HsamplingFactor", Integer.toString(sampling.h));
            luma.setAttribute("VsamplingFactor", Integer.toString(sampling.v));
        }
        if (restartInterval > 0) {
            Element dri = new IIOMetadataNode("dri");
            dri.setAttribute("interval", Integer.toString(restartInterval));
            markers.insertBefore(dri, sof);
        }
        metadata.setFromTree(format, root);
    }
}
