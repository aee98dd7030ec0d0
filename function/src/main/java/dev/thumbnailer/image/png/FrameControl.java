package dev.thumbnailer.image.png;

/**
 * One APNG frame as its fcTL chunk declares it (APNG spec; PNG 3rd ed. §11.3.6.2), validated
 * against the canvas, with where its image data starts.
 *
 * @param delayDen    never 0: a declared 0 means 1/100 s (both specs)
 * @param dispose     {@link #DISPOSE_NONE}, {@link #DISPOSE_BACKGROUND} or {@link #DISPOSE_PREVIOUS}
 * @param blend       {@link #BLEND_SOURCE} or {@link #BLEND_OVER}
 * @param firstChunk  offset of its first IDAT (the default image) or fdAT chunk
 * @param defaultImage whether its data is the IDAT stream, i.e. the default image is this frame
 */
record FrameControl(int x, int y, int width, int height, int delayNum, int delayDen, int dispose, int blend,
                    int firstChunk, boolean defaultImage) {

    static final int DISPOSE_NONE = 0;
    static final int DISPOSE_BACKGROUND = 1;
    static final int DISPOSE_PREVIOUS = 2;
    static final int BLEND_SOURCE = 0;
    static final int BLEND_OVER = 1;

    long area() {
        return (long) width * height;
    }
}
