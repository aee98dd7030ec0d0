package dev.thumbnailer.image.png;

/**
 * Turns a stretch of an unfiltered scanline into working samples, one int per channel, channels
 * interleaved: 1 (grey), 2 (grey, alpha), 3 (RGB) or 4 (RGBA). Samples keep their precision: 0-255
 * for files of 8 bits or fewer (low-bit grey scaled up exactly: ×255, ×85, ×17), 0-65535 for 16-bit
 * files, so averaging happens before any rounding to 8 bits. A tRNS colour key adds an alpha
 * channel; palettes are looked up. One loop per layout, chosen once per image.
 */
final class SampleExpander {

    private enum Layout { LOW_GREY, PALETTE, BYTES, SHORTS, KEYED_BYTES, KEYED_SHORTS }

    private final Layout layout;
    private final int channels;
    private final int max;
    private final int depth;
    private final int samples;
    private final int[] palette;
    private final int[] key;

    SampleExpander(Structure structure) {
        Header header = structure.header();
        depth = header.bitDepth();
        samples = header.samplesPerPixel();
        palette = structure.palette();
        key = structure.colourKey();
        max = depth == 16 ? 0xFFFF : 0xFF;
        boolean alpha = structure.info().hasAlpha();
        channels = header.colourType() == Header.PALETTE ? (alpha ? 4 : 3) : samples + (key != null ? 1 : 0);
        if (header.colourType() == Header.PALETTE) {
            layout = Layout.PALETTE;
        } else if (depth < 8) {
            layout = Layout.LOW_GREY;
        } else if (key != null) {
            layout = depth == 8 ? Layout.KEYED_BYTES : Layout.KEYED_SHORTS;
        } else {
            layout = depth == 8 ? Layout.BYTES : Layout.SHORTS;
        }
    }

    /** 8-bit RGB or RGBA without a colour key: the scanline bytes are the samples. */
    boolean isRgbBytes() {
        return layout == Layout.BYTES && (channels == 3 || channels == 4);
    }

    int channels() {
        return channels;
    }

    /** 255 or 65535: what a full-intensity sample is. */
    int max() {
        return max;
    }

    /** Pixels {@code p0 .. p0 + n - 1} of the row stored at {@code row[off ..]}; {@code p0} is a multiple of 8. */
    void expand(byte[] row, int off, int p0, int n, int[] out) {
        switch (layout) {
            case BYTES -> bytes(row, off + p0 * samples, n * samples, out);
            case SHORTS -> shorts(row, off + 2 * p0 * samples, n * samples, out);
            case KEYED_BYTES -> keyed(row, off + p0 * samples, n, 1, out);
            case KEYED_SHORTS -> keyed(row, off + 2 * p0 * samples, n, 2, out);
            case LOW_GREY -> lowGrey(row, off, p0, n, out);
            case PALETTE -> palette(row, off, p0, n, out);
        }
    }

    private static void bytes(byte[] row, int at, int count, int[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = row[at + i] & 0xFF;
        }
    }

    private static void shorts(byte[] row, int at, int count, int[] out) {
        for (int i = 0; i < count; i++, at += 2) {
            out[i] = (row[at] & 0xFF) << 8 | (row[at + 1] & 0xFF);
        }
    }

    /** Grey or RGB with a tRNS colour: transparent exactly where every sample equals the key (PNG spec §11.3.2.1). */
    private void keyed(byte[] row, int at, int n, int width, int[] out) {
        int o = 0;
        for (int p = 0; p < n; p++) {
            boolean match = true;
            for (int s = 0; s < samples; s++, at += width) {
                int v = width == 1 ? row[at] & 0xFF : (row[at] & 0xFF) << 8 | (row[at + 1] & 0xFF);
                match &= v == key[s];
                out[o++] = v;
            }
            out[o++] = match ? 0 : max;
        }
    }

    /** 1, 2 and 4-bit grey; a tRNS key is compared with the unscaled value, which keeps any grey transparent. */
    private void lowGrey(byte[] row, int off, int p0, int n, int[] out) {
        int mask = (1 << depth) - 1;
        int scale = 255 / mask;
        int transparent = key == null ? -1 : key[0];
        int o = 0;
        for (int p = p0; p < p0 + n; p++) {
            int bit = p * depth;
            int v = row[off + (bit >>> 3)] >>> (8 - depth - (bit & 7)) & mask;
            out[o++] = v * scale;
            if (transparent >= 0) {
                out[o++] = v == transparent ? 0 : 255;
            }
        }
    }

    private void palette(byte[] row, int off, int p0, int n, int[] out) {
        int mask = (1 << depth) - 1;
        boolean alpha = channels == 4;
        int o = 0;
        for (int p = p0; p < p0 + n; p++) {
            int bit = p * depth;
            int argb = palette[row[off + (bit >>> 3)] >>> (8 - depth - (bit & 7)) & mask];
            out[o++] = argb >>> 16 & 0xFF;
            out[o++] = argb >>> 8 & 0xFF;
            out[o++] = argb & 0xFF;
            if (alpha) {
                out[o++] = argb >>> 24;
            }
        }
    }
}
