package dev.thumbnailer.image.png;

/**
 * Reverses the five scanline filters (PNG spec §9) in place. Rows are stored from offset
 * {@code bpp}, after {@code bpp} zero bytes, so the first pixel's missing left neighbour reads as 0
 * without a branch in the loops.
 */
final class Filters {

    private Filters() {
    }

    static void unfilter(int type, byte[] cur, byte[] prev, int bpp, int length) throws PngException {
        int end = bpp + length;
        switch (type) {
            case 0 -> { }
            case 1 -> sub(cur, bpp, end);
            case 2 -> {
                for (int i = bpp; i < end; i++) {
                    cur[i] += prev[i];
                }
            }
            case 3 -> {
                for (int i = bpp; i < end; i++) {
                    cur[i] += (byte) (((cur[i - bpp] & 0xFF) + (prev[i] & 0xFF)) >>> 1);
                }
            }
            case 4 -> {
                if (bpp == 3 || bpp == 4) {
                    paethLanes(cur, prev, bpp, end);
                } else {
                    paeth(cur, prev, bpp, end);
                }
            }
            default -> throw PngException.corrupt("filter type " + type);
        }
    }

    /** The left neighbour's bytes stay in registers (a store-to-load round trip per byte otherwise bounds the loop). */
    private static void sub(byte[] cur, int bpp, int end) {
        if (bpp == 3) {
            int r = 0;
            int g = 0;
            int b = 0;
            for (int i = 3; i < end; i += 3) {
                r += cur[i];
                g += cur[i + 1];
                b += cur[i + 2];
                cur[i] = (byte) r;
                cur[i + 1] = (byte) g;
                cur[i + 2] = (byte) b;
            }
            return;
        }
        for (int i = bpp; i < end; i++) {
            cur[i] += cur[i - bpp];
        }
    }

    /** Paeth for 3 and 4-byte pixels, one pixel per iteration: the lanes are independent, so they overlap. */
    private static void paethLanes(byte[] cur, byte[] prev, int bpp, int end) {
        for (int i = bpp; i < end; i += bpp) {
            for (int k = 0; k < bpp; k++) {
                int a = cur[i + k - bpp] & 0xFF;
                int b = prev[i + k] & 0xFF;
                int c = prev[i + k - bpp] & 0xFF;
                int pa = Math.abs(b - c);
                int pb = Math.abs(a - c);
                int pc = Math.abs(a + b - c - c);
                cur[i + k] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
            }
        }
    }

    private static void paeth(byte[] cur, byte[] prev, int bpp, int end) {
        for (int i = bpp; i < end; i++) {
            int a = cur[i - bpp] & 0xFF;
            int b = prev[i] & 0xFF;
            int c = prev[i - bpp] & 0xFF;
            int pa = Math.abs(b - c);
            int pb = Math.abs(a - c);
            int pc = Math.abs(a + b - c - c);
            int predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            cur[i] += (byte) predictor;
        }
    }
}
