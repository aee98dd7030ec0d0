package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Inflates, unfilters and expands the image data one scanline at a time, handing each to a
 * {@link RowSink}. Only two raw rows (this one and the one above, for the filters) and a segment
 * of working samples exist at any time; an Adam7 file runs its seven passes through the same rows.
 */
final class PngStream {

    /** Samples are expanded this many pixels at a time (a multiple of 8, for packed bits): the working row fits in L2. */
    private static final int SEGMENT = 2048;

    /** Adam7 passes: x0, y0, dx, dy (PNG spec §8.2). */
    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    private static final int[][] SEQUENTIAL = {{0, 0, 1, 1}};

    private final Header header;
    private final SampleExpander expander;
    private final RowSink sink;
    private final int bpp;
    private byte[] current;
    private byte[] previous;
    private final int[] samples;
    private final boolean bytesIntoBox;

    private PngStream(Structure structure, int reduce) {
        header = structure.header();
        expander = new SampleExpander(structure);
        int w = header.width();
        int h = header.height();
        sink = reduce == 1 ? new DirectSink(w, h, expander.channels(), expander.max())
                : new BoxSink(w, h, reduce, expander.channels(), expander.max(), header.interlaced());
        bpp = header.filterStride();
        current = new byte[bpp + header.rowBytes(w)];
        previous = new byte[current.length];
        samples = new int[Math.min(SEGMENT, w) * expander.channels()];
        bytesIntoBox = reduce > 1 && !header.interlaced() && expander.isRgbBytes();
    }

    static BufferedImage decode(byte[] png, Structure structure, int reduce) throws PngException {
        try (ImageData data = new ImageData(png, structure.firstIdat())) {
            return new PngStream(structure, reduce).rows(data);
        }
    }

    /**
     * One APNG frame at full size: its fdAT chunks (or the IDAT ones, for the default image) are
     * the same zlib stream of filtered scanlines as a still's, for a sub-image of the frame's size
     * with the file's pixel format, interlacing, palette and tRNS (APNG spec, "fdAT").
     */
    static BufferedImage decodeFrame(byte[] png, Structure structure, FrameControl frame) throws PngException {
        try (ImageData data = new ImageData(png, frame.firstChunk(), !frame.defaultImage())) {
            return new PngStream(structure.forFrame(frame), 1).rows(data);
        }
    }

    private BufferedImage rows(ImageData data) throws PngException {
        for (int[] pass : header.interlaced() ? ADAM7 : SEQUENTIAL) {
            pass(data, pass[0], pass[1], pass[2], pass[3]);
        }
        return sink.finish();
    }

    private void pass(ImageData data, int x0, int y0, int dx, int dy) throws PngException {
        int width = (header.width() - x0 + dx - 1) / dx;
        if (width <= 0 || y0 >= header.height()) {
            return; // an empty pass has no scanlines at all, not even filter bytes
        }
        int length = header.rowBytes(width);
        Arrays.fill(previous, (byte) 0);
        for (int y = y0; y < header.height(); y += dy) {
            data.read(current, bpp - 1, length + 1); // the filter byte lands in the padding, then is cleared
            int filter = current[bpp - 1] & 0xFF;
            current[bpp - 1] = 0;
            Filters.unfilter(filter, current, previous, bpp, length);
            if (bytesIntoBox) {
                ((BoxSink) sink).putBytes(current, bpp, 0, width);
            } else {
                expandInto(y, x0, dx, width);
            }
            sink.endRow(y);
            swapRows();
        }
    }

    private void expandInto(int y, int x0, int dx, int width) {
        for (int p = 0; p < width; p += SEGMENT) {
            int n = Math.min(SEGMENT, width - p);
            expander.expand(current, bpp, p, n, samples);
            sink.put(samples, y, x0 + p * dx, dx, n);
        }
    }

    private void swapRows() {
        byte[] swap = previous;
        previous = current;
        current = swap;
    }
}
