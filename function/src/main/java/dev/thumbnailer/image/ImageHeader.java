package dev.thumbnailer.image;

/**
 * What the header says, read before any pixel is decoded.
 *
 * @param width       stored width (before EXIF orientation)
 * @param height      stored height
 * @param frames      1 for stills; the frame count of an animated GIF or APNG
 * @param orientation EXIF orientation 1-8 (1 when absent)
 * @param animated    shown as its frames rather than as one image: more than one frame, or an APNG
 *                    of one frame whose default image is not part of the animation (browsers show
 *                    the frame, not the default image)
 */
public record ImageHeader(ImageFormat format, int width, int height, int frames, Orientation orientation, boolean animated) {

    /** A header that is animated exactly when it has more than one frame. */
    public ImageHeader(ImageFormat format, int width, int height, int frames, Orientation orientation) {
        this(format, width, height, frames, orientation, frames > 1);
    }

    /** Width as displayed, after the EXIF orientation is applied. */
    public int displayWidth() {
        return orientation.swapsAxes() ? height : width;
    }

    public int displayHeight() {
        return orientation.swapsAxes() ? width : height;
    }
}
