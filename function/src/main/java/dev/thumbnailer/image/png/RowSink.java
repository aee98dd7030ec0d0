package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;

/** Where expanded pixels go: straight into the output at full size, or averaged into a reduced one. */
interface RowSink {

    /** Pixels at x, x + dx, ... x + (n - 1)·dx of row y, as {@link SampleExpander} lays them out. */
    void put(int[] samples, int y, int x, int dx, int n);

    /** Row y of the image (not of an Adam7 pass) has had all its pixels. */
    void endRow(int y);

    BufferedImage finish();

    static BufferedImage image(int width, int height, int channels) {
        int type = switch (channels) {
            case 1 -> BufferedImage.TYPE_BYTE_GRAY;
            case 3 -> BufferedImage.TYPE_INT_RGB;
            default -> BufferedImage.TYPE_INT_ARGB;
        };
        return new BufferedImage(width, height, type);
    }

    /** A 16-bit sample rounded to 8 bits: round(v × 255 / 65535). */
    static int to8(int v16) {
        return (v16 * 255 + 32767) / 65535;
    }
}
