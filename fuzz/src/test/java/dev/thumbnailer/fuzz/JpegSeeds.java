package dev.thumbnailer.fuzz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;

/**
 * Writes the JPEG seeds that reach the scaled decoder, in every variant it decodes: baseline and
 * progressive, 4:2:0, 4:2:2, 4:4:0, 4:4:4 and grey, restart intervals, an ICC profile in one or two
 * chunks, EXIF orientation, Adobe's YCbCr marker instead of JFIF. Run once and commit the output:
 * <pre>java -cp fuzz/target/test-classes dev.thumbnailer.fuzz.JpegSeeds fuzz/src/test/resources/dev/thumbnailer/fuzz</pre>
 *
 * <p>{@link PipelineFuzzTest}'s seeds must be large enough for the pipeline to pick a reduced
 * decode with its boxes (48×48 fit, 24×24 fill): at least 136×68 for 1/2, 272×136 for 1/4 and
 * 543×272 for 1/8 (with the default 128/512 boxes 1/2 would need about 730 px). They are flat with
 * one detailed patch, so they stay a few KB while every block type (flat, textured, edges) occurs.
 * {@link ScaledJpegFuzzTest} picks the scale itself, so its seeds are small and cheap.
 */
final class JpegSeeds {

    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    /** Luma H×V sampling factors; chroma 1×1. */
    private record Sampling(String name, int h, int v) {
    }

    private static final Sampling S420 = new Sampling("420", 2, 2);
    private static final Sampling S422 = new Sampling("422", 2, 1);
    private static final Sampling S440 = new Sampling("440", 1, 2);
    private static final Sampling S444 = new Sampling("444", 1, 1);

    private JpegSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path render = Files.createDirectories(root.resolve("PipelineFuzzTestInputs/render"));
        write(render, "jpeg-scaled-1of2-baseline-420.jpg", jpeg(picture(160, 96, false), S420, false, 0));
        write(render, "jpeg-scaled-1of4-baseline-444.jpg", jpeg(picture(288, 176, false), S444, false, 0));
        write(render, "jpeg-scaled-1of8-baseline-422-restart-3.jpg", jpeg(picture(560, 288, false), S422, false, 3));
        write(render, "jpeg-scaled-1of4-progressive-420.jpg", jpeg(picture(288, 176, false), S420, true, 0));
        write(render, "jpeg-scaled-1of8-progressive-444.jpg", jpeg(picture(560, 288, false), S444, true, 0));
        write(render, "jpeg-scaled-1of2-progressive-grey.jpg", jpeg(picture(160, 96, true), null, true, 0));
        write(render, "jpeg-scaled-1of2-grey-restart-1.jpg", jpeg(picture(160, 96, true), null, false, 1));
        write(render, "jpeg-scaled-1of2-icc-linear-rgb.jpg", withIcc(jpeg(picture(160, 96, false), S420, false, 0), 1));
        write(render, "jpeg-scaled-1of2-progressive-icc-two-chunks.jpg", withIcc(jpeg(picture(160, 96, false), S420, true, 0), 2));
        write(render, "jpeg-scaled-1of4-exif-orientation-6.jpg", withOrientation6(jpeg(picture(176, 288, false), S420, false, 0)));
        write(render, "jpeg-scaled-1of2-adobe-ycc-no-jfif.jpg", adobeInsteadOfJfif(jpeg(picture(160, 96, false), S440, false, 0)));

        Path decode = Files.createDirectories(root.resolve("ScaledJpegFuzzTestInputs/decode"));
        for (Sampling s : new Sampling[] {S420, S422, S440, S444}) {
            write(decode, "baseline-" + s.name() + ".jpg", jpeg(picture(45, 27, false), s, false, 0));
            write(decode, "progressive-" + s.name() + ".jpg", jpeg(picture(45, 27, false), s, true, 0));
        }
        write(decode, "baseline-grey.jpg", jpeg(picture(45, 27, true), null, false, 0));
        write(decode, "progressive-grey.jpg", jpeg(picture(45, 27, true), null, true, 0));
        write(decode, "baseline-420-restart-1.jpg", jpeg(picture(45, 27, false), S420, false, 1));
        write(decode, "progressive-444-restart-2.jpg", jpeg(picture(45, 27, false), S444, true, 2));
        write(decode, "grey-restart-3.jpg", jpeg(picture(45, 27, true), null, false, 3));
        write(decode, "baseline-420-icc-two-chunks.jpg", withIcc(jpeg(picture(45, 27, false), S420, false, 0), 2));
        write(decode, "baseline-422-adobe-ycc-no-jfif.jpg", adobeInsteadOfJfif(jpeg(picture(45, 27, false), S422, false, 0)));
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        System.out.printf("%6d  %s%n", bytes.length, dir.resolve(name));
    }

    /** A flat background with one detailed patch (gradient, hard edges, thin lines) in the top-left. */
    private static BufferedImage picture(int width, int height, boolean grey) {
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, width, height);
        int patch = Math.min(48, Math.min(width, height));
        g.setPaint(new GradientPaint(0, 0, new Color(230, 60, 40), patch, patch, new Color(40, 200, 90)));
        g.fillRect(0, 0, patch, patch);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1));
        g.drawLine(0, patch - 1, patch - 1, 0);
        g.setColor(Color.BLACK);
        g.fillOval(patch / 4, patch / 4, patch / 3, patch / 3);
        g.dispose();
        return image;
    }

    /** The JDK writer at quality 0.5 with the given luma sampling, progressive script and restart interval (0: none). */
    private static byte[] jpeg(BufferedImage image, Sampling sampling, boolean progressive, int restartInterval) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.5f);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            Element root = (Element) metadata.getAsTree(FORMAT);
            Element markers = (Element) root.getElementsByTagName("markerSequence").item(0);
            Element sof = (Element) markers.getElementsByTagName("sof").item(0);
            if (sampling != null) {
                Element luma = (Element) sof.getElementsByTagName("componentSpec").item(0);
                luma.setAttribute("HsamplingFactor", Integer.toString(sampling.h()));
                luma.setAttribute("VsamplingFactor", Integer.toString(sampling.v()));
            }
            if (restartInterval > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restartInterval));
                markers.insertBefore(dri, sof);
            }
            metadata.setFromTree(FORMAT, root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's linear-RGB profile (488 bytes, not sRGB: the pipeline converts) as APP2 chunks after SOI. */
    private static byte[] withIcc(byte[] jpeg, int chunks) {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] out = jpeg;
        int size = (profile.length + chunks - 1) / chunks;
        for (int i = chunks - 1; i >= 0; i--) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
            payload.write(i + 1);
            payload.write(chunks);
            payload.write(profile, i * size, Math.min(size, profile.length - i * size));
            out = insertAfterSoi(out, 0xE2, payload.toByteArray());
        }
        return out;
    }

    private static byte[] withOrientation6(byte[] jpeg) {
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        return insertAfterSoi(jpeg, 0xE1, exif);
    }

    /** JFIF's APP0 swapped for Adobe's APP14 with transform 1 (YCbCr), as Photoshop writes. */
    private static byte[] adobeInsteadOfJfif(byte[] jpeg) {
        int app0Length = 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(jpeg, 2 + app0Length, jpeg.length - 2 - app0Length);
        return insertAfterSoi(out.toByteArray(), 0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1});
    }

    private static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
