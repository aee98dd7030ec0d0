package dev.thumbnailer.image.png;

/**
 * What a PNG's chunks say, read without inflating the image data.
 *
 * @param colourType   0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
 * @param hasAlpha     an alpha channel, or a usable tRNS chunk
 * @param orientation  the eXIf chunk's EXIF orientation, 1-8; 1 without one
 * @param frames       an APNG's frame count (acTL's, once every frame it announces checked out); 1 for a still
 *                     PNG and for a broken animation, which is shown as its default image
 * @param plays        acTL's num_plays, 0 meaning forever (and for a still PNG)
 * @param animated     an APNG with a sound animation: shown as its frames, which may not include the
 *                     default image (then even a single frame is not the default image)
 */
public record PngInfo(int width, int height, int bitDepth, int colourType, boolean interlaced, boolean hasAlpha,
                      PngColour colour, int orientation, int frames, int plays, boolean animated) {

    public long pixels() {
        return (long) width * height;
    }
}
