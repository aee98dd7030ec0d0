package dev.thumbnailer.image.gif;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.Rectangle;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps resized ARGB pixels back onto a GIF palette. Re-quantising from scratch is what turns a
 * two-colour GIF's red into black (a known Thumbnailator pitfall with indexed images); reusing the
 * original palette keeps every colour and the transparent index exactly. One instance serves every
 * frame written with the same palette, so its nearest-colour cache is shared.
 */
final class GifPalette {

    private static final int OPAQUE_THRESHOLD = 128;
    private static final int UNSET = -1;

    private final IndexColorModel palette;
    private final NearestColour nearest;
    private final int[] colour;
    /** Exact palette colours: open addressing, key rgb + 1 (0 = empty), so they always map to themselves. */
    private final int[] exactKeys = new int[1024];
    private final int[] exactIndex = new int[1024];
    /**
     * Every colour, by its top 5 bits per channel (32 K entries, filled on first use). A resized
     * frame has tens of thousands of blended colours; a flat table replaces a boxed map and a
     * palette search per colour, which was three quarters of the GIF time. Matching on 5 bits moves
     * a blended colour by at most 7 levels per channel before it snaps to the palette anyway.
     */
    private final short[] approximate = new short[1 << 15];
    /** Buckets holding a palette colour: only there can a colour be exact yet not its bucket's entry. */
    private final boolean[] holdsPaletteColour = new boolean[1 << 15];

    GifPalette(IndexColorModel palette) {
        this.palette = palette;
        this.nearest = new NearestColour(palette);
        colour = new int[palette.getMapSize()];
        for (int i = 0; i < colour.length; i++) {
            colour[i] = palette.getRGB(i) & 0xFFFFFF;
            if (i != palette.getTransparentPixel()) {
                putExact(colour[i], i);
                holdsPaletteColour[bucket(colour[i])] = true;
            }
        }
        Arrays.fill(approximate, (short) UNSET);
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
    static Set<Integer> distinctOpaque(ArgbPixels image, int limit) {
        Set<Integer> colours = new LinkedHashSet<>();
        for (int pixel : image.argb()) {
            if (!isClear(pixel) && colours.add(pixel & 0xFFFFFF) && colours.size() >= limit) {
                break;
            }
        }
        return colours;
    }

    /** The {@code area} of {@code image} mapped onto this palette. */
    IndexedFrame apply(ArgbPixels image, Rectangle area) {
        int[] argb = image.argb();
        byte[] indices = new byte[area.width * area.height];
        int transparent = palette.getTransparentPixel();
        int lastRgb = -1;
        int lastIndex = 0;
        int i = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int from = y * image.width() + area.x, x = from; x < from + area.width; x++, i++) {
                int pixel = argb[x];
                if (transparent >= 0 && isClear(pixel)) {
                    indices[i] = (byte) transparent;
                    continue;
                }
                int rgb = pixel & 0xFFFFFF;
                if (rgb != lastRgb) { // flat areas are runs of one colour: look each run up once
                    lastRgb = rgb;
                    lastIndex = indexOf(rgb);
                }
                indices[i] = (byte) lastIndex;
            }
        }
        return new IndexedFrame(area.x, area.y, area.width, area.height, indices, palette);
    }

    private int indexOf(int rgb) {
        int bucket = bucket(rgb);
        int guess = approximate[bucket];
        if (guess == UNSET) {
            guess = nearest.closest(rgb); // an exact colour is its own nearest
            approximate[bucket] = (short) guess;
        }
        if (colour[guess] == rgb || !holdsPaletteColour[bucket]) {
            return guess;
        }
        int exact = exact(rgb);
        return exact != UNSET ? exact : guess;
    }

    private static int bucket(int rgb) {
        return (rgb >> 9 & 0x7C00) | (rgb >> 6 & 0x3E0) | (rgb >> 3 & 0x1F);
    }

    private void putExact(int rgb, int index) {
        int slot = slot(rgb);
        while (exactKeys[slot] != 0 && exactKeys[slot] != rgb + 1) {
            slot = (slot + 1) & (exactKeys.length - 1);
        }
        if (exactKeys[slot] == 0) { // the first of duplicate palette entries wins, as a search would pick
            exactKeys[slot] = rgb + 1;
            exactIndex[slot] = index;
        }
    }

    private int exact(int rgb) {
        for (int slot = slot(rgb); exactKeys[slot] != 0; slot = (slot + 1) & (exactKeys.length - 1)) {
            if (exactKeys[slot] == rgb + 1) {
                return exactIndex[slot];
            }
        }
        return UNSET;
    }

    private int slot(int rgb) {
        return (rgb * 0x9E3779B1 >>> 22) & (exactKeys.length - 1);
    }
}
