package dev.thumbnailer.image;

/**
 * What the header says, read before any pixel is decoded.
 *
 * @param width       stored width (before EXIF orientation)
 * @param height      stored height
 * @param frames      1 for stills; the frame count of an animated GIF or APNG
 * @param orientation EXIF orientation 1-8 (1 when absent)
 */
public record ImageHeader(ImageFormat format, int width, int height, int frames, Orientation orientation) {

    /** Width as displayed, after the EXIF orientation is applied. */
    public int displayWidth() {
        return orientation.swapsAxes() ? height : width;
    }

    public int displayHeight() {
        return orientation.swapsAxes() ? width : height;
    }
}
