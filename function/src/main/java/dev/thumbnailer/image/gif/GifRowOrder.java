package dev.thumbnailer.image.gif;

/**
 * Where each decoded row of a frame belongs: top to bottom, or for an interlaced frame the four
 * passes of GIF89a Appendix E (every 8th row from 0, every 8th from 4, every 4th from 2, every
 * 2nd from 1), so the canvas always receives rows in their place.
 */
final class GifRowOrder {

    /** Receives decoded rows; {@code indices[0..count)} is only valid during the call. */
    interface Rows {
        void row(int y, byte[] indices, int count);
    }

    private static final int[] PASS_START = {0, 4, 2, 1};
    private static final int[] PASS_STEP = {8, 8, 4, 2};

    private final int height;
    private final boolean interlaced;
    private final Rows rows;
    private int y;
    private int pass;
    private int delivered;

    GifRowOrder(int height, boolean interlaced, Rows rows) {
        this.height = height;
        this.interlaced = interlaced;
        this.rows = rows;
    }

    /** Hands the next row over, its first {@code count} pixels; true when that was the frame's last. */
    boolean deliver(byte[] row, int count) {
        rows.row(y, row, count);
        delivered++;
        if (!interlaced) {
            y++;
        } else {
            y += PASS_STEP[pass];
            while (y >= height && pass < 3) {
                pass++;
                y = PASS_START[pass];
            }
        }
        return delivered == height;
    }
}
