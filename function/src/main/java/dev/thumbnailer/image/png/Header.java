package dev.thumbnailer.image.png;

/** IHDR (PNG spec §11.2.1), validated: every field is one the spec allows. */
record Header(int width, int height, int bitDepth, int colourType, boolean interlaced) {

    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    /** libpng's default user limits (PNG_USER_WIDTH_MAX, PNG_USER_HEIGHT_MAX): rows stay a few MB whatever the pixel cap. */
    static final int MAX_DIMENSION = 1_000_000;

    static Header parse(byte[] png, int at, long maxPixels) throws PngException {
        long width = Bytes.u32(png, at);
        long height = Bytes.u32(png, at + 4);
        int depth = png[at + 8] & 0xFF;
        int type = png[at + 9] & 0xFF;
        if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw PngException.corrupt("IHDR declares " + width + "x" + height);
        }
        if (!legal(type, depth) || png[at + 10] != 0 || png[at + 11] != 0 || (png[at + 12] & 0xFF) > 1) {
            throw PngException.corrupt("IHDR: bit depth " + depth + ", colour type " + type + ", methods "
                    + png[at + 10] + "/" + png[at + 11] + "/" + png[at + 12]);
        }
        if (width > MAX_DIMENSION || height > MAX_DIMENSION || width * height > maxPixels) {
            throw PngException.tooLarge(width + "x" + height + " is over the limit of " + maxPixels + " pixels");
        }
        return new Header((int) width, (int) height, depth, type, png[at + 12] == 1);
    }

    private static boolean legal(int type, int depth) {
        return switch (type) {
            case GREY -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case PALETTE -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case RGB, GREY_ALPHA, RGBA -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    int samplesPerPixel() {
        return switch (colourType) {
            case RGB -> 3;
            case GREY_ALPHA -> 2;
            case RGBA -> 4;
            default -> 1;
        };
    }

    /** Bytes of one filtered scanline of {@code pixels} pixels, without its filter-type byte. */
    int rowBytes(int pixels) {
        return (int) (((long) pixels * samplesPerPixel() * bitDepth + 7) / 8);
    }

    /** The filters' "bpp": bytes per complete pixel, rounded up to 1. */
    int filterStride() {
        return Math.max(1, samplesPerPixel() * bitDepth / 8);
    }
}
