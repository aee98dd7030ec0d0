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
            case 1 -> {
                for (int i = bpp; i < end; i++) {
                    cur[i] += cur[i - bpp];
                }
            }
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
            case 4 -> paeth(cur, prev, bpp, end);
            default -> throw PngException.corrupt("filter type " + type);
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
