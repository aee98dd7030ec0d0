package dev.thumbnailer.image.pixels;

import java.awt.Graphics2D;
import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Brings whatever a decoder returns into one of three working types: 8-bit grey, sRGB, or sRGB
 * with alpha. Resizing and encoding then never meet indexed, 16-bit or ICC-tagged rasters, the
 * cases where Java2D quietly produces wrong colours.
 */
public final class Images {

    private Images() {
    }

    public static BufferedImage blankLike(BufferedImage image, int width, int height) {
        return new BufferedImage(width, height, workingType(image));
    }

    public static int workingType(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return BufferedImage.TYPE_BYTE_GRAY;
        }
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    public static BufferedImage normalize(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean alpha = image.getColorModel().hasAlpha();
        if (space.getType() == ColorSpace.TYPE_GRAY && image.getRaster().getNumBands() <= 2) {
            // Copy grey values as they are: Java's CS_GRAY is linear, so drawing into RGB would lighten them.
            return alpha ? greyAlphaToArgb(image) : greyToByteGrey(image);
        }
        if (isWorkingType(image)) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (!space.isCS_sRGB() && image.getColorModel().getNumColorComponents() == 3) {
            // ICC-tagged RGB (Adobe RGB, Display P3): convert, since the thumbnail does not carry the profile.
            return new ColorConvertOp(null).filter(image, target);
        }
        Graphics2D g = target.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    /**
     * Re-reads the pixels of a working-type image as being in {@code profile}'s space and converts
     * them to sRGB: for decoders that hand back raw values and leave the profile aside (the JDK PNG
     * reader with iCCP). Grey images and unusable profiles are returned as they are.
     */
    public static BufferedImage toSrgb(BufferedImage image, ICC_Profile profile) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_INT_ARGB) {
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                return image;
            }
            return toSrgb(copy(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), profile);
        }
        boolean alpha = image.getColorModel().hasAlpha();
        try {
            DirectColorModel tagged = new DirectColorModel(new ICC_ColorSpace(profile), alpha ? 32 : 24,
                    0xFF0000, 0xFF00, 0xFF, alpha ? 0xFF000000 : 0, false, DataBuffer.TYPE_INT);
            BufferedImage source = new BufferedImage(tagged, image.getRaster(), false, null);
            return new ColorConvertOp(null).filter(source, new BufferedImage(image.getWidth(), image.getHeight(), image.getType()));
        } catch (CMMException | IllegalArgumentException e) {
            return image; // a profile the colour engine rejects: show the values as sRGB, as browsers do
        }
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = target.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    private static boolean isWorkingType(BufferedImage image) {
        int type = image.getType();
        boolean srgb = image.getColorModel().getColorSpace().isCS_sRGB();
        return type == BufferedImage.TYPE_BYTE_GRAY
                || (srgb && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR));
    }

    private static BufferedImage greyToByteGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Raster src = image.getRaster();
        WritableRaster dst = target.getRaster();
        int shift = src.getSampleModel().getSampleSize(0) - 8;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                row[x] = shift >= 0 ? row[x] >>> shift : row[x] * 255 / ((1 << src.getSampleModel().getSampleSize(0)) - 1);
            }
            dst.setSamples(0, y, w, 1, 0, row);
        }
        return target;
    }

    private static BufferedImage greyAlphaToArgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Raster src = image.getRaster();
        int greyShift = src.getSampleModel().getSampleSize(0) - 8;
        int alphaShift = src.getSampleModel().getSampleSize(1) - 8;
        int[] grey = new int[w];
        int[] alpha = new int[w];
        int[] argb = new int[w];
        for (int y = 0; y < h; y++) {
            src.getSamples(0, y, w, 1, 0, grey);
            src.getSamples(0, y, w, 1, 1, alpha);
            for (int x = 0; x < w; x++) {
                int v = grey[x] >>> Math.max(0, greyShift);
                argb[x] = (alpha[x] >>> Math.max(0, alphaShift)) << 24 | v << 16 | v << 8 | v;
            }
            target.setRGB(0, y, w, 1, argb, 0, w);
        }
        return target;
    }
}
