package dev.thumbnailer.image.png;

/**
 * A PNG's chunks as far as decoding needs them.
 *
 * @param palette    256 ARGB entries (tRNS alpha applied); entries past PLTE are opaque black
 * @param colourKey  the tRNS colour of a grey (1 value) or RGB (3 values) image, masked to the bit
 *                   depth as libpng compares it; null when there is none
 * @param firstIdat  offset of the first IDAT chunk
 */
record Structure(Header header, int[] palette, int[] colourKey, PngInfo info, int firstIdat) {
}
