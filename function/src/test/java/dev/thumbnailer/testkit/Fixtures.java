package dev.thumbnailer.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photo fixtures named for their property (exif-orientation-1..8.jpg, progressive.jpg,
 * display-p3.jpg, ...), made in code so nothing binary is committed. Tests assert decoded properties of what the
 * pipeline makes of them: size, colours at fixed points, never bytes.
 */
public final class Fixtures {

    /** Corner markers of the upright picture: exif-orientation-N shows them here after rotation. */
    public static final int TOP_LEFT = 0xFF0000;
    public static final int TOP_RIGHT = 0x00C000;
    public static final int BOTTOM_LEFT = 0x0000FF;
    public static final int BACKGROUND = 0xC0C0C0;

    private Fixtures() {
    }

    /**
     * exif-orientation-N.jpg: stored 400×300 as a camera writes it, tagged N, so that shown upright
     * it is 400×300 (N = 1-4) or 300×400 (N = 5-8) with red top-left, green top-right, blue
     * bottom-left. The stored pixels are placed by the EXIF 2.32 table (row 0 / column 0 meaning),
     * written out here independently of {@link Orientation}.
     */
    public static byte[] exifOrientation(int n) {
        return exifOrientation(n, 400, 300);
    }

    /** The same picture stored {@code w}×{@code h}: large enough, it goes through the scaled decoder. */
    public static byte[] exifOrientation(int n, int w, int h) {
        int uw = n >= 5 ? h : w;
        int uh = n >= 5 ? w : h;
        int[] stored = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] u = switch (n) {
                    case 1 -> new int[] {x, y};
                    case 2 -> new int[] {uw - 1 - x, y};
                    case 3 -> new int[] {uw - 1 - x, uh - 1 - y};
                    case 4 -> new int[] {x, uh - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {uw - 1 - y, x};
                    case 7 -> new int[] {uw - 1 - y, uh - 1 - x};
                    case 8 -> new int[] {y, uh - 1 - x};
                    default -> throw new IllegalArgumentException("orientation " + n);
                };
                stored[y * w + x] = uprightMarker(u[0], u[1], uw, uh);
            }
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, stored, 0, w);
        return ExifJpegs.withOrientation(TestImages.encode(image, "jpeg"), n);
    }

    private static int uprightMarker(int x, int y, int w, int h) {
        int block = Math.min(w, h) / 4;
        boolean top = y < block;
        boolean left = x < block;
        if (top && left) {
            return TOP_LEFT;
        }
        if (top && x >= w - block) {
            return TOP_RIGHT;
        }
        return left && y >= h - block ? BOTTOM_LEFT : BACKGROUND;
    }

    public static byte[] progressiveJpeg() {
        return progressiveJpeg(640, 480);
    }

    public static byte[] progressiveJpeg(int width, int height) {
        BufferedImage image = TestImages.gradient(width, height);
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return writeJpeg(new IIOImage(image, null, null), param);
    }

    /** A flat grey image with a darker square in the middle, stored as a one-component JPEG. */
    public static BufferedImage greyPicture() {
        return greyPicture(1);
    }

    /** The same picture {@code scale} times larger (400×300 at 1). */
    public static BufferedImage greyPicture(int scale) {
        BufferedImage image = new BufferedImage(400 * scale, 300 * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, 400 * scale, 300 * scale);
        g.setColor(new Color(60, 60, 60));
        g.fillRect(150 * scale, 100 * scale, 100 * scale, 100 * scale);
        g.dispose();
        return image;
    }

    /** A flat image of one colour, for colour-management fixtures where the value itself is the test. */
    public static BufferedImage flat(int rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    public static byte[] displayP3Jpeg(int rgb, int width, int height) {
        return JpegSegments.withIccProfile(TestImages.encode(flat(rgb, width, height), "jpeg"), IccProfiles.displayP3());
    }

    public static byte[] adobeRgbJpeg(int rgb, int width, int height) {
        return JpegSegments.withIccProfile(TestImages.encode(flat(rgb, width, height), "jpeg"), IccProfiles.adobeRgb());
    }

    public static byte[] writeJpeg(IIOImage image, ImageWriteParam param) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        while (image.hasRaster() && !writer.canWriteRasters()) {
            writer = writers.next();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
