package dev.thumbnailer.image;

import dev.thumbnailer.image.pixels.Images;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The eight EXIF orientations (TIFF tag 0x0112) and the pixel mapping that makes each upright.
 * Done as a plain index copy into the working type: exact, works for every decoder output type
 * (AffineTransformOp refuses some source/destination type pairs), and cheap on the subsampled decode.
 */
public enum Orientation {
    NORMAL, FLIP_HORIZONTAL, ROTATE_180, FLIP_VERTICAL, TRANSPOSE, ROTATE_90_CW, TRANSVERSE, ROTATE_90_CCW;

    /** The orientation for an EXIF value; anything outside 1-8 is treated as upright, as browsers do. */
    public static Orientation fromExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Orientations 5-8 turn the image a quarter, so displayed width is stored height. */
    public boolean swapsAxes() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** Returns {@code image} as it should be displayed; the same instance when already upright. */
    public BufferedImage apply(BufferedImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage upright = swapsAxes() ? Images.blankLike(image, h, w) : Images.blankLike(image, w, h);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            if (upright.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                image.getRaster().getSamples(0, y, w, 1, 0, row);
                byte[] out = ((DataBufferByte) upright.getRaster().getDataBuffer()).getData();
                for (int x = 0; x < w; x++) {
                    out[target(x, y, w, h)] = (byte) row[x];
                }
            } else {
                image.getRGB(0, y, w, 1, row, 0, w);
                int[] out = ((DataBufferInt) upright.getRaster().getDataBuffer()).getData();
                for (int x = 0; x < w; x++) {
                    out[target(x, y, w, h)] = row[x];
                }
            }
        }
        return upright;
    }

    /** Index in the upright raster of stored pixel (x, y) of a w×h image. */
    private int target(int x, int y, int w, int h) {
        return switch (this) {
            case NORMAL -> y * w + x;
            case FLIP_HORIZONTAL -> y * w + (w - 1 - x);
            case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
            case FLIP_VERTICAL -> (h - 1 - y) * w + x;
            case TRANSPOSE -> x * h + y;
            case ROTATE_90_CW -> x * h + (h - 1 - y);
            case TRANSVERSE -> (w - 1 - x) * h + (h - 1 - y);
            case ROTATE_90_CCW -> (w - 1 - x) * h + y;
        };
    }
}
