package dev.thumbnailer.image.png;

import java.util.List;

/**
 * A PNG's chunks as far as decoding needs them.
 *
 * @param palette    256 ARGB entries (tRNS alpha applied); entries past PLTE are opaque black
 * @param colourKey  the tRNS colour of a grey (1 value) or RGB (3 values) image, masked to the bit
 *                   depth as libpng compares it; null when there is none
 * @param firstIdat  offset of the first IDAT chunk
 * @param frames     an APNG's frames in order; empty for a still PNG or a broken animation
 */
record Structure(Header header, int[] palette, int[] colourKey, PngInfo info, int firstIdat, List<FrameControl> frames) {

    /** The same chunks read as one frame's sub-image: its size, the file's pixel format, palette and tRNS. */
    Structure forFrame(FrameControl frame) {
        Header sub = new Header(frame.width(), frame.height(), header.bitDepth(), header.colourType(), header.interlaced());
        return new Structure(sub, palette, colourKey, info, frame.firstChunk(), frames);
    }
}
