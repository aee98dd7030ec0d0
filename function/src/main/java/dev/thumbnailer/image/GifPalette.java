package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps resized ARGB pixels back onto a GIF palette. Re-quantising from scratch is what turns a
 * two-colour GIF's red into black (a known Thumbnailator pitfall with indexed images); reusing the
 * original palette keeps every colour and the transparent index exactly. One instance serves every
 * frame written with the same palette, so its nearest-colour cache is shared.
 */
final class GifPalette {

    private static final int OPAQUE_THRESHOLD = 128;
    /** Bounds the cache on frames with very many colours; refilling it only costs time. */
    private static final int CACHE_LIMIT = 1 << 18;

    private final IndexColorModel palette;
    private final Map<Integer, Integer> nearest = new HashMap<>();

    GifPalette(IndexColorModel palette) {
        this.palette = palette;
    }

    static BufferedImage apply(BufferedImage argb, IndexColorModel palette) {
        return new GifPalette(palette).apply(argb);
    }

    static boolean isClear(int argb) {
        return (argb >>> 24) < OPAQUE_THRESHOLD;
    }

    /** A palette of these colours, in this order, plus a transparent entry after them when {@code clear}. */
    static IndexColorModel indexColorModel(List<Integer> colours, boolean clear) {
        int size = Math.max(2, colours.size() + (clear ? 1 : 0)); // the GIF writer needs at least two entries
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            // Padding repeats the first colour: a stray black entry could attract nearest-colour matches.
            int rgb = colours.isEmpty() ? 0 : colours.get(i < colours.size() ? i : 0);
            r[i] = (byte) (rgb >> 16);
            g[i] = (byte) (rgb >> 8);
            b[i] = (byte) rgb;
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(size - 1));
        return clear ? new IndexColorModel(bits, size, r, g, b, colours.size()) : new IndexColorModel(bits, size, r, g, b);
    }

    /** Up to {@code limit} distinct colours of the opaque pixels, in scan order. */
    static Set<Integer> distinctOpaque(BufferedImage argb, int limit) {
        Set<Integer> colours = new LinkedHashSet<>();
        int w = argb.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < argb.getHeight() && colours.size() < limit; y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w && colours.size() < limit; x++) {
                if (!isClear(row[x])) {
                    colours.add(row[x] & 0xFFFFFF);
                }
            }
        }
        return colours;
    }

    BufferedImage apply(BufferedImage argb) {
        int w = argb.getWidth();
        int h = argb.getHeight();
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette);
        WritableRaster raster = indexed.getRaster();
        int transparent = palette.getTransparentPixel();
        if (nearest.size() > CACHE_LIMIT) {
            nearest.clear();
        }
        int[] row = new int[w];
        int[] indices = new int[w];
        for (int y = 0; y < h; y++) {
            argb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                boolean clear = transparent >= 0 && isClear(row[x]);
                indices[x] = clear ? transparent : nearest.computeIfAbsent(row[x] & 0xFFFFFF, this::closest);
            }
            raster.setSamples(0, y, w, 1, 0, indices);
        }
        return indexed;
    }

    private int closest(int rgb) {
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
