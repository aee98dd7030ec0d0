package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps a resized ARGB image back onto the original GIF's palette. Re-quantising from scratch is
 * what turns a two-colour GIF's red into black (a known Thumbnailator pitfall with indexed
 * images); reusing the palette keeps every colour and the transparent index exactly.
 */
final class GifPalette {

    private static final int OPAQUE_THRESHOLD = 128;

    private GifPalette() {
    }

    static BufferedImage apply(BufferedImage argb, IndexColorModel palette) {
        int w = argb.getWidth();
        int h = argb.getHeight();
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette);
        WritableRaster raster = indexed.getRaster();
        int transparent = palette.getTransparentPixel();
        Map<Integer, Integer> nearest = new HashMap<>();
        int[] row = new int[w];
        int[] indices = new int[w];
        for (int y = 0; y < h; y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                boolean clear = transparent >= 0 && (row[x] >>> 24) < OPAQUE_THRESHOLD;
                indices[x] = clear ? transparent : nearest.computeIfAbsent(row[x] & 0xFFFFFF, rgb -> closest(palette, rgb));
            }
            raster.setSamples(0, y, w, 1, 0, indices);
        }
        return indexed;
    }

    private static int closest(IndexColorModel palette, int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.getMapSize(); i++) {
            if (i == palette.getTransparentPixel()) {
                continue;
            }
            long dr = r - palette.getRed(i);
            long dg = g - palette.getGreen(i);
            long db = b - palette.getBlue(i);
            // Weighted towards green, as the eye is: cheap and close to perceptual for palette matching.
            long distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
