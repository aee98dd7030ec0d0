package dev.thumbnailer.image.png;

/**
 * A pure-Java PNG decoder that never holds the full-resolution image: the zlib stream is inflated
 * and unfiltered a scanline at a time and each row is averaged into the output as it arrives
 * (integer area reduction, alpha-weighted, at the samples' own 8 or 16-bit precision), so memory
 * follows the width plus the reduced output, not the area. All colour types, bit depths, tRNS
 * and Adam7 are covered; what it cannot trust is a typed rejection, with libpng's split between
 * fatal (critical chunks, zlib, filters, truncation) and benign (ancillary chunks, skipped).
 * An APNG's frames are read by {@link #frames} through the same rows, and written by {@link ApngWriter}.
 */
public final class PngDecoder {

    /** Past this the sums of alpha × colour over a cell could overflow a long (65535² × reduce²). */
    public static final int MAX_REDUCE = 4096;

    private PngDecoder() {
    }

    /**
     * The header facts without touching the image data.
     *
     * @param maxPixels a header declaring more pixels than this is refused
     * @throws OversizedPngException over {@code maxPixels}, or a side over 1,000,000 (libpng's default limit)
     * @throws TruncatedPngException the file ends before its image data starts
     * @throws PngException          the structure is broken
     */
    public static PngInfo probe(byte[] png, long maxPixels) throws PngException {
        return guarded(() -> ChunkWalker.walk(png, maxPixels)).info();
    }

    /**
     * @param reduce    1 (full size) to {@link #MAX_REDUCE}: the output is ceil(width / reduce) ×
     *                  ceil(height / reduce), each pixel the mean of its cell. Memory is two raw rows
     *                  plus the output, and for an Adam7 file reduced, 8 × (2 × channels − 1) bytes of
     *                  sums per output pixel (its passes revisit every output row)
     * @param maxPixels a header declaring more pixels than this is refused before anything is allocated
     * @throws TruncatedPngException the data ends before the last row
     */
    public static PngImage decode(byte[] png, int reduce, long maxPixels) throws PngException {
        if (reduce < 1 || reduce > MAX_REDUCE) {
            throw new IllegalArgumentException("reduce must be 1 to " + MAX_REDUCE + ": " + reduce);
        }
        Structure structure = guarded(() -> ChunkWalker.walk(png, maxPixels));
        long cells = (long) BoxSink.ceilDiv(structure.header().width(), reduce) * BoxSink.ceilDiv(structure.header().height(), reduce);
        if (cells > Integer.MAX_VALUE / (structure.header().interlaced() ? 8 : 4)) {
            throw PngException.tooLarge(cells + " output pixels at 1/" + reduce + " do not fit an image");
        }
        return new PngImage(guarded(() -> PngStream.decode(png, structure, reduce)), structure.info());
    }

    /**
     * The frames of an APNG, ready to decode one by one (a still PNG or a broken animation: its one
     * image). Only the chunks are walked here; the canvas is allocated.
     *
     * @param maxPixels a header declaring more canvas pixels than this is refused before anything is allocated
     */
    public static PngFrameSource frames(byte[] png, long maxPixels) throws PngException {
        Structure structure = guarded(() -> ChunkWalker.walk(png, maxPixels));
        if (structure.info().pixels() > Integer.MAX_VALUE) {
            throw PngException.tooLarge(structure.info().pixels() + " canvas pixels do not fit an image");
        }
        return new PngFrameSource(png, structure);
    }

    interface Step<T> {
        T run() throws PngException;
    }

    /** Every index is checked, so a RuntimeException is a decoder bug: tests and the fuzzer run with -ea and fail on it. */
    static <T> T guarded(Step<T> step) throws PngException {
        try {
            return step.run();
        } catch (RuntimeException bug) {
            assert false : bug;
            throw PngException.corrupt("decoder bug: " + bug);
        }
    }
}
