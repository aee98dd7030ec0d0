package dev.thumbnailer.image;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The eight EXIF orientations (TIFF tag 0x0112) and the transform that makes each upright.
 * Transforms are whole-pixel quadrant rotations and flips, so nearest-neighbour is exact.
 */
public enum Orientation {
    NORMAL, FLIP_HORIZONTAL, ROTATE_180, FLIP_VERTICAL, TRANSPOSE, ROTATE_90_CW, TRANSVERSE, ROTATE_90_CCW;

    /** The orientation for an EXIF value; anything outside 1-8 is treated as upright, as browsers do. */
    public static Orientation fromExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    public int exifValue() {
        return ordinal() + 1;
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
        return new AffineTransformOp(transform(w, h), AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, upright);
    }

    // new AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00*x + m01*y + m02, y' = m10*x + m11*y + m12
    private AffineTransform transform(int w, int h) {
        return switch (this) {
            case NORMAL -> new AffineTransform();
            case FLIP_HORIZONTAL -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case FLIP_VERTICAL -> new AffineTransform(1, 0, 0, -1, 0, h);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_90_CW -> new AffineTransform(0, 1, -1, 0, h, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, h, w);
            case ROTATE_90_CCW -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
    }
}
