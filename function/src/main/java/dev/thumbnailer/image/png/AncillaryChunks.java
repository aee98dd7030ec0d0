package dev.thumbnailer.image.png;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ancillary chunks the decoder uses, each parsed leniently: a chunk that is malformed, a
 * duplicate or out of place is ignored, as libpng 1.6's png_handle_* do with a benign error
 * (colour chunks must precede PLTE and IDAT, tRNS and acTL must precede IDAT; eXIf may be anywhere).
 */
final class AncillaryChunks {

    private static final int TRNS = 0x74524E53;
    private static final int ICCP = 0x69434350;
    private static final int SRGB = 0x73524742;
    private static final int GAMA = 0x67414D41;
    private static final int CHRM = 0x6348524D;
    private static final int EXIF = 0x65584966;
    private static final int ACTL = 0x6163544C;

    private final Header header;
    private final int[] palette = new int[256];
    private int[] colourKey;
    private boolean transparency;
    private Optional<byte[]> icc = Optional.empty();
    private OptionalInt intent = OptionalInt.empty();
    private OptionalInt gamma = OptionalInt.empty();
    private Optional<int[]> chromaticities = Optional.empty();
    private int orientation;
    private int frames;
    private int plays;
    private boolean paletteSeen;

    AncillaryChunks(Header header) {
        this.header = header;
        Arrays.fill(palette, 0xFF000000); // libpng and browsers show an index past PLTE as opaque black
    }

    void palette(byte[] png, int at, int entries) {
        for (int i = 0; i < entries; i++, at += 3) {
            palette[i] = 0xFF000000 | (png[at] & 0xFF) << 16 | (png[at + 1] & 0xFF) << 8 | (png[at + 2] & 0xFF);
        }
        paletteSeen = true;
    }

    void read(int type, byte[] png, int at, int length, int paletteSize, boolean afterIdat) {
        boolean beforeColourData = !afterIdat && !paletteSeen;
        switch (type) {
            case TRNS -> { if (!afterIdat && !transparency) transparency(png, at, length, paletteSize); }
            case ICCP -> { if (beforeColourData && icc.isEmpty()) icc = IccpChunk.profile(png, at, length); }
            case SRGB -> { if (beforeColourData && intent.isEmpty() && length == 1 && png[at] >= 0 && png[at] < 4) intent = OptionalInt.of(png[at]); }
            case GAMA -> { if (beforeColourData && gamma.isEmpty() && length == 4) gamma = positive(Bytes.u32(png, at)); }
            case CHRM -> { if (beforeColourData && chromaticities.isEmpty() && length == 32) chromaticities = chromaticities(png, at); }
            case EXIF -> { if (orientation == 0) orientation = ExifOrientation.read(png, at, length); }
            case ACTL -> { if (!afterIdat && frames == 0 && length == 8) animation(png, at); }
            default -> { } // sPLT, tEXt, zTXt, iTXt, tIME, pHYs, private chunks: nothing a thumbnail needs (fcTL, fdAT: AnimationChunks)
        }
    }

    /**
     * libpng's png_handle_tRNS: a grey or RGB tRNS of the wrong length, and a palette tRNS longer
     * than the palette, are "invalid" and ignored (the image stays opaque). A colour key beyond the
     * bit depth is kept and compared after masking to the bit depth, as png_do_expand does
     * ({@code gray & 0x01}, {@code & 0x03}, {@code & 0x0f}, {@code & 0xff}; 16-bit as is).
     */
    private void transparency(byte[] png, int at, int length, int paletteSize) {
        int mask = header.bitDepth() == 16 ? 0xFFFF : header.bitDepth() == 8 ? 0xFF : (1 << header.bitDepth()) - 1;
        switch (header.colourType()) {
            case Header.GREY -> { if (length == 2) colourKey = new int[] {Bytes.u16(png, at) & mask}; }
            case Header.RGB -> { if (length == 6) colourKey = new int[] {Bytes.u16(png, at) & mask, Bytes.u16(png, at + 2) & mask, Bytes.u16(png, at + 4) & mask}; }
            case Header.PALETTE -> {
                if (paletteSize > 0 && length > 0 && length <= paletteSize) {
                    for (int i = 0; i < length; i++) {
                        palette[i] = (png[at + i] & 0xFF) << 24 | palette[i] & 0xFFFFFF;
                    }
                    transparency = true;
                }
            }
            default -> { } // grey + alpha and RGBA have an alpha channel: libpng ignores tRNS there
        }
        transparency |= colourKey != null;
    }

    private void animation(byte[] png, int at) {
        long count = Bytes.u32(png, at);
        long loops = Bytes.u32(png, at + 4);
        if (count > 0 && count <= Integer.MAX_VALUE && loops <= Integer.MAX_VALUE) {
            frames = (int) count;
            plays = (int) loops;
        }
    }

    private static OptionalInt positive(long value) {
        return value > 0 && value <= Integer.MAX_VALUE ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    private static Optional<int[]> chromaticities(byte[] png, int at) {
        int[] values = new int[8];
        for (int i = 0; i < 8; i++) {
            long v = Bytes.u32(png, at + 4 * i);
            if (v > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            values[i] = (int) v;
        }
        return Optional.of(values);
    }

    /** The decoder's view; an APNG's frames when acTL and the frames it announces are all sound (see {@link AnimationChunks}). */
    Structure structure(int firstIdat, AnimationChunks animation) {
        List<FrameControl> animated = animation.frames(frames);
        int type = header.colourType();
        boolean alpha = type == Header.GREY_ALPHA || type == Header.RGBA || transparency;
        PngColour colour = new PngColour(icc, intent, gamma, chromaticities);
        PngInfo info = new PngInfo(header.width(), header.height(), header.bitDepth(), type, header.interlaced(), alpha,
                colour.isUntagged() ? PngColour.NONE : colour, orientation == 0 ? 1 : orientation, animated.isEmpty() ? 1 : animated.size(), animated.isEmpty() ? 0 : plays, !animated.isEmpty());
        return new Structure(header, palette, colourKey, info, firstIdat, animated);
    }
}
