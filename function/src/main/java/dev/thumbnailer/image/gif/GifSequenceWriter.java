package dev.thumbnailer.image.gif;

import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Writes one GIF thumbnail block by block (GIF89a §17-27) as its frames arrive, so an animation is
 * encoded as it is resized and never held as a list of frames. Only a Graphic Control Extension
 * per frame and the NETSCAPE2.0 loop extension are written: no comments or other application data
 * of the original survive. The first frame's palette becomes the global colour table; a frame
 * with other colours carries its own. (Replaces the JDK writer, whose per-frame metadata trees and
 * LZW string table cost more than the resizing; see {@link GifLzwEncoder}.)
 */
final class GifSequenceWriter {

    /** doNotDispose: the next frame, possibly just a changed rectangle, is drawn over this one. */
    private static final int DISPOSAL_KEEP = 1;
    private static final int DISPOSAL_CLEAR = 2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final GifLzwEncoder lzw = new GifLzwEncoder();
    private final Optional<Integer> loopCount;
    private int[] globalTable;

    /** @param loopCount the original's NETSCAPE2.0 loop count (0 = forever); empty writes none, so it plays once */
    GifSequenceWriter(Optional<Integer> loopCount) {
        this.loopCount = loopCount;
    }

    /**
     * @param frame a frame, already mapped onto its palette; the first one is whole and sets the screen size
     * @param clear {@code restoreToBackgroundColor} after this frame rather than {@code doNotDispose}:
     *              needed when later full frames have transparent pixels, which must not show this one
     */
    void append(IndexedFrame frame, int delay, boolean clear) {
        int[] table = colourTable(frame.palette());
        if (globalTable == null) {
            if (frame.left() != 0 || frame.top() != 0) {
                throw new IllegalArgumentException("the first frame must be whole, not at " + frame.left() + "," + frame.top());
            }
            globalTable = table;
            header(frame.width(), frame.height(), table);
        }
        control(frame.palette().getTransparentPixel(), delay, clear ? DISPOSAL_CLEAR : DISPOSAL_KEEP);
        boolean local = !Arrays.equals(table, globalTable);
        descriptor(frame, local ? table : null);
        lzw.write(frame.indices(), frame.indices().length, Math.max(2, bits(table.length)), out);
    }

    byte[] finish() {
        out.write(0x3B); // trailer
        return out.toByteArray();
    }

    private void header(int width, int height, int[] table) {
        out.writeBytes(new byte[] {'G', 'I', 'F', '8', '9', 'a'});
        short16(width);
        short16(height);
        out.write(0x80 | 0x70 | (bits(table.length) - 1)); // global table, 8-bit colour resolution, table size
        out.write(0); // background colour index
        out.write(0); // no pixel aspect ratio
        table(table);
        loopCount.ifPresent(this::loop);
    }

    private void loop(int count) {
        out.writeBytes(new byte[] {0x21, (byte) 0xFF, 11, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0', 3, 1});
        short16(count);
        out.write(0);
    }

    private void control(int transparent, int delay, int disposal) {
        out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, (byte) (disposal << 2 | (transparent >= 0 ? 1 : 0))});
        short16(delay);
        out.write(Math.max(0, transparent));
        out.write(0);
    }

    private void descriptor(IndexedFrame frame, int[] localTable) {
        out.write(0x2C);
        short16(frame.left());
        short16(frame.top());
        short16(frame.width());
        short16(frame.height());
        out.write(localTable == null ? 0 : 0x80 | (bits(localTable.length) - 1));
        if (localTable != null) {
            table(localTable);
        }
    }

    /** The palette's colours padded to a power of two of at least 2 entries, as the format stores them. */
    private static int[] colourTable(IndexColorModel palette) {
        int[] table = new int[1 << bits(palette.getMapSize())];
        for (int i = 0; i < palette.getMapSize(); i++) {
            table[i] = palette.getRGB(i) & 0xFFFFFF;
        }
        return table;
    }

    private void table(int[] table) {
        for (int rgb : table) {
            out.write(rgb >> 16);
            out.write(rgb >> 8 & 0xFF);
            out.write(rgb & 0xFF);
        }
    }

    private void short16(int value) {
        out.write(value & 0xFF);
        out.write(value >> 8 & 0xFF);
    }

    /** Bits per index for {@code colours} entries: 1 to 8. */
    private static int bits(int colours) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, colours - 1)));
    }
}
