package dev.thumbnailer.image;

import dev.thumbnailer.image.pixels.Images;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

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
        int[] packed = packedPixels(image);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            // target() is affine in x: the row's first index and its step, not a switch per pixel.
            int first = target(0, y, w, h);
            int step = w > 1 ? target(1, y, w, h) - first : 0;
            if (upright.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                image.getRaster().getSamples(0, y, w, 1, 0, row);
                byte[] out = ((DataBufferByte) upright.getRaster().getDataBuffer()).getData();
                for (int x = 0; x < w; x++) {
                    out[first + x * step] = (byte) row[x];
                }
            } else {
                int[] out = ((DataBufferInt) upright.getRaster().getDataBuffer()).getData();
                if (packed != null) {
                    // What getRGB returns (opaque types get their alpha byte set), without its per-pixel colour model calls.
                    int opaque = image.getType() == BufferedImage.TYPE_INT_RGB ? 0xFF000000 : 0;
                    for (int x = 0, from = y * w; x < w; x++) {
                        out[first + x * step] = packed[from + x] | opaque;
                    }
                } else {
                    image.getRGB(0, y, w, 1, row, 0, w);
                    for (int x = 0; x < w; x++) {
                        out[first + x * step] = row[x];
                    }
                }
            }
        }
        return upright;
    }

    /** The int[] behind an INT_RGB or INT_ARGB image laid out row after row (not a subimage), else null. */
    private static int[] packedPixels(BufferedImage image) {
        int type = image.getType();
        WritableRaster raster = image.getRaster();
        if ((type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) || raster.getParent() != null
                || !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != image.getWidth() || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0 || !(raster.getDataBuffer() instanceof DataBufferInt buffer)
                || buffer.getOffset() != 0 || buffer.getNumBanks() != 1) {
            return null;
        }
        return buffer.getData();
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
