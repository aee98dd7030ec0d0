package dev.thumbnailer.image.pixels;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * An image's pixels as one packed ARGB array, row after row. For the working type TYPE_INT_ARGB
 * that is the raster's own array, read in place: getRGB goes through the colour model pixel by
 * pixel, and was half the time of mapping an animation's frames onto their palette.
 */
public record ArgbPixels(int width, int height, int[] argb) {

    public static ArgbPixels of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB && isWhole(image)) {
            return new ArgbPixels(w, h, ((DataBufferInt) image.getRaster().getDataBuffer()).getData());
        }
        return new ArgbPixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** The raster is the whole buffer, unshifted and unpadded: not a sub-image sharing a larger one. */
    private static boolean isWhole(BufferedImage image) {
        return image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == image.getWidth()
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getOffset() == 0
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight();
    }
}
