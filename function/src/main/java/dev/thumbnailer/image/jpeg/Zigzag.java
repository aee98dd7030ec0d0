package dev.thumbnailer.image.jpeg;

/** Coefficient order: entropy-coded data and DQT tables list the 64 coefficients in zigzag order. */
final class Zigzag {

    /** Row-major (natural) index of the k-th coefficient in zigzag order (T.81 Figure A.6). */
    static final int[] NATURAL = {
            0, 1, 8, 16, 9, 2, 3, 10,
            17, 24, 32, 25, 18, 11, 4, 5,
            12, 19, 26, 33, 40, 48, 41, 34,
            27, 20, 13, 6, 7, 14, 21, 28,
            35, 42, 49, 56, 57, 50, 43, 36,
            29, 22, 15, 23, 30, 37, 44, 51,
            58, 59, 52, 45, 38, 31, 39, 46,
            53, 60, 61, 54, 47, 55, 62, 63};

    private Zigzag() {
    }

    /**
     * For each zigzag index, where that coefficient goes in a zone of the lowest {@code width} ×
     * {@code height} frequencies (row-major, {@code width} wide), or -1 when it lies outside: the
     * scaled IDCT never reads it, so it is decoded (to advance the bit stream) and dropped.
     */
    static int[] zone(int width, int height) {
        int[] zone = new int[64];
        for (int k = 0; k < 64; k++) {
            int row = NATURAL[k] / 8;
            int col = NATURAL[k] % 8;
            zone[k] = row < height && col < width ? row * width + col : -1;
        }
        return zone;
    }

    /** The highest zigzag index inside the zone: after it, AC coefficients are only skipped. */
    static int last(int[] zone) {
        int last = 0;
        for (int k = 0; k < 64; k++) {
            if (zone[k] >= 0) {
                last = k;
            }
        }
        return last;
    }
}
