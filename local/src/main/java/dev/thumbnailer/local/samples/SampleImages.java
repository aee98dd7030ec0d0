package dev.thumbnailer.local.samples;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Images drawn in code, so the repository carries no binary fixtures and every property is
 * deliberate: a photo-like JPEG (gradients and fine noise, which is what JPEG size and decode time
 * depend on), a PNG whose alpha must survive, an indexed GIF, and text that only claims to be a JPEG.
 */
public final class SampleImages {

    private SampleImages() {
    }

    /** A landscape: sky gradient, sun, hills, sensor-like noise. Seeded, so the same call gives the same picture. */
    public static byte[] photoJpeg(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1E3C72), 0, height * 0.7f, new Color(0xF7B267)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFFF1C1));
        g.fillOval(width * 3 / 5, height / 4, height / 5, height / 5);
        g.setColor(new Color(0x2D4A22));
        g.fillOval(-width / 4, height * 3 / 5, width, height);
        g.setColor(new Color(0x1F3318));
        g.fillOval(width / 3, height * 2 / 3, width, height);
        g.dispose();
        addNoise(image, new Random(seed));
        return encode(image, "jpg");
    }

    /** A translucent badge on a fully transparent background: thumbnails must keep the alpha. */
    public static byte[] logoPngWithAlpha(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setComposite(AlphaComposite.Src);
        g.setColor(new Color(0x33, 0x66, 0xCC, 200));
        g.fillOval(size / 10, size / 10, size * 4 / 5, size * 4 / 5);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(size / 20f));
        g.drawOval(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        return encode(image, "png");
    }

    /** A flat-colour indexed GIF, the kind a palette re-quantisation would visibly damage. */
    public static byte[] badgeGif(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xCC0000));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 3));
        g.drawString("GIF", width / 4, height * 2 / 3);
        g.dispose();
        return encode(image, "gif");
    }

    public static byte[] textNamedLikeAnImage() {
        return "These are notes, not a photo, whatever the .jpg says.\n".getBytes(StandardCharsets.UTF_8);
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static void addNoise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int delta = random.nextInt(13) - 6;
                image.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + delta) << 16 | clamp((rgb >> 8 & 0xFF) + delta) << 8 | clamp((rgb & 0xFF) + delta));
            }
        }
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
