package dev.thumbnailer.image.jpeg;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Turns rows of component samples (all at output resolution) into the output image: grey copied as
 * it is into TYPE_BYTE_GRAY, YCbCr converted to TYPE_INT_RGB with the JFIF equations (JFIF 1.02
 * §7, BT.601 full range), in fixed point with tables as libjpeg's jdcolor.c.
 */
final class PixelWriter {

    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    /** Green's two terms, ×65536, with the rounding half folded into CB_G. */
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (int) Math.round(1.402 * x);
            CB_B[i] = (int) Math.round(1.772 * x);
            CR_G[i] = (int) Math.round(-0.714136 * 65536 * x);
            CB_G[i] = (int) Math.round(-0.344136 * 65536 * x) + 32768;
        }
    }

    final BufferedImage image;
    private final int width;
    private final int height;
    private final int[] rgb;
    private final byte[] grey;

    PixelWriter(int width, int height, boolean colour) {
        this.image = new BufferedImage(width, height, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        this.width = width;
        this.height = height;
        this.rgb = colour ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : null;
        this.grey = colour ? null : ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Output rows {@code y0 ..} from {@code count} strip rows; rows past the image (MCU padding) are dropped. */
    void rows(byte[][] strips, int stride, int y0, int count) {
        int end = Math.min(height, y0 + count);
        for (int y = y0; y < end; y++) {
            int src = (y - y0) * stride;
            if (grey != null) {
                System.arraycopy(strips[0], src, grey, y * width, width);
            } else {
                ycc(strips[0], strips[1], strips[2], src, y * width);
            }
        }
    }

    private void ycc(byte[] ys, byte[] cbs, byte[] crs, int src, int dst) {
        int[] out = rgb;
        for (int x = 0; x < width; x++) {
            int y = ys[src + x] & 0xFF;
            int cb = cbs[src + x] & 0xFF;
            int cr = crs[src + x] & 0xFF;
            int r = clamp(y + CR_R[cr]);
            int g = clamp(y + ((CB_G[cb] + CR_G[cr]) >> 16));
            int b = clamp(y + CB_B[cb]);
            out[dst + x] = r << 16 | g << 8 | b;
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
