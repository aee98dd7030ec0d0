package dev.thumbnailer.bench.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;

/**
 * Reduces RGB to a fixed 256-colour palette (3 bits red, 3 green, 2 blue) with 4x4 ordered
 * dithering. Fixed rather than adaptive so the GIFs are deterministic and every frame of the
 * animation shares one global colour table, as most real animated GIFs do.
 */
final class Palette332 {

    static final IndexColorModel MODEL = model();

    private static final int[] BAYER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};

    private Palette332() {
    }

    static BufferedImage toIndexed(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, MODEL);
        byte[] out = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            rgb.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                float threshold = (BAYER[(y & 3) * 4 + (x & 3)] + 0.5f) / 16f;
                int r = level(row[x] >> 16 & 0xFF, 7, threshold);
                int g = level(row[x] >> 8 & 0xFF, 7, threshold);
                int b = level(row[x] & 0xFF, 3, threshold);
                out[y * width + x] = (byte) (r << 5 | g << 2 | b);
            }
        }
        return indexed;
    }

    /** The dithered level 0..max for an 8-bit value. */
    private static int level(int value, int max, float threshold) {
        float scaled = value * max / 255f;
        int floor = (int) scaled;
        return Math.min(max, scaled - floor > threshold ? floor + 1 : floor);
    }

    private static IndexColorModel model() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) ((i >> 5 & 7) * 255 / 7);
            g[i] = (byte) ((i >> 2 & 7) * 255 / 7);
            b[i] = (byte) ((i & 3) * 255 / 3);
        }
        return new IndexColorModel(8, 256, r, g, b);
    }
}
