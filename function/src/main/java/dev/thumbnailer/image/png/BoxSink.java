package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Area reduction by an integer factor as rows arrive: each output pixel is the mean of its
 * reduce × reduce cell (smaller at the right and bottom edges). Colour is weighted by alpha (sums
 * of alpha × colour, divided by the sum of alpha), so transparent pixels lend no colour to their
 * cell; a cell with no opacity at all keeps the plain mean colour, so a later resize of the
 * non-premultiplied result does not bleed black into edges. Sums are exact longs at the samples'
 * own precision, rounded once per output pixel. Sequential files hold one output row of sums,
 * Adam7 files the whole output's (its passes revisit every cell), never a full-size row of pixels.
 */
final class BoxSink implements RowSink {

    private final int width;
    private final int height;
    private final int reduce;
    private final int channels;
    private final int stride;
    private final boolean alpha;
    private final boolean wholeOutput;
    private final CellWriter writer;
    private final long[] sums;

    BoxSink(int width, int height, int reduce, int channels, int max, boolean interlaced) {
        this.width = width;
        this.height = height;
        this.reduce = reduce;
        this.channels = channels;
        this.alpha = channels == 2 || channels == 4;
        this.stride = alpha ? 2 * channels - 1 : channels;
        this.wholeOutput = interlaced;
        int outWidth = ceilDiv(width, reduce);
        int outHeight = ceilDiv(height, reduce);
        this.writer = new CellWriter(RowSink.image(outWidth, outHeight, channels), channels, max);
        this.sums = new long[Math.multiplyExact(stride * outWidth, interlaced ? outHeight : 1)];
    }

    /** 8-bit RGB or RGBA of a sequential file, summed from the scanline bytes (see {@link ByteRows}). */
    void putBytes(byte[] row, int at, int x0, int n) {
        ByteRows.add(row, at, x0, n, width, reduce, alpha, sums);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    @Override
    public void put(int[] s, int y, int x0, int dx, int n) {
        int row = wholeOutput ? y / reduce * ceilDiv(width, reduce) * stride : 0;
        int i = 0;
        while (i < n) {
            int cell = (x0 + i * dx) / reduce;
            int cellEnd = Math.min(width, (cell + 1) * reduce);
            int last = Math.min(n, (cellEnd - x0 + dx - 1) / dx);
            int at = row + cell * stride;
            switch (channels) {
                case 1 -> SampleRows.grey(s, i, last, sums, at);
                case 2 -> SampleRows.greyAlpha(s, i, last, sums, at);
                case 3 -> SampleRows.rgb(s, i, last, sums, at);
                default -> SampleRows.rgba(s, i, last, sums, at);
            }
            i = last;
        }
    }

    @Override
    public void endRow(int y) {
        if (!wholeOutput && (y % reduce == reduce - 1 || y == height - 1)) {
            flush(y / reduce, 0);
            Arrays.fill(sums, 0);
        }
    }

    @Override
    public BufferedImage finish() {
        if (wholeOutput) {
            int outWidth = ceilDiv(width, reduce);
            for (int oy = 0; oy < ceilDiv(height, reduce); oy++) {
                flush(oy, oy * outWidth * stride);
            }
        }
        return writer.image();
    }

    private void flush(int oy, int from) {
        int cellHeight = Math.min(reduce, height - oy * reduce);
        for (int ox = 0, at = from; ox * reduce < width; ox++, at += stride) {
            long count = (long) cellHeight * Math.min(reduce, width - ox * reduce);
            if (alpha) {
                writer.weighted(ox, oy, sums, at, count);
            } else {
                writer.plain(ox, oy, sums, at, count);
            }
        }
    }
}
