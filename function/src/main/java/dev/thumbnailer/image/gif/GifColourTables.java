package dev.thumbnailer.image.gif;

import java.awt.image.IndexColorModel;
import java.io.EOFException;

/** GIF colour tables (GIF89a §19, §21) as frames use them. */
final class GifColourTables {

    /**
     * For a frame with neither a local nor a global table: 256 entries of opaque black, as Chromium
     * draws it (its GIF decoder is Wuffs, which "implicitly gives the frame an all-opaque-black
     * palette" unless QUIRK_REJECT_EMPTY_PALETTE is set, and Skia's SkWuffsCodec does not set it;
     * see wuffs test/data/artificial-gif/empty-palette.gif). The JDK reader instead borrows the
     * previous frame's local table, or a default palette of colours.
     */
    static final IndexColorModel OPAQUE_BLACK = new IndexColorModel(8, 256, new byte[256], new byte[256], new byte[256]);

    private GifColourTables() {
    }

    /** Bytes a table takes, from the size bits of its screen or image descriptor's flags: 3 × 2^(n+1). */
    static int length(int flags) {
        return 3 * (2 << (flags & 7));
    }

    /** The table at {@code offset}, as stored: no entry is transparent. */
    static IndexColorModel read(byte[] bytes, int offset, int flags) throws EOFException {
        int size = 2 << (flags & 7);
        if (offset + 3 * size > bytes.length) {
            throw new EOFException("truncated: the GIF ends inside a colour table");
        }
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (int i = 0, p = offset; i < size; i++) {
            r[i] = bytes[p++];
            g[i] = bytes[p++];
            b[i] = bytes[p++];
        }
        return new IndexColorModel((flags & 7) + 1, size, r, g, b);
    }

    /** {@code table} with entry {@code transparent} transparent; as it is when that is -1 or past its end. */
    static IndexColorModel withTransparency(IndexColorModel table, int transparent) {
        if (transparent < 0 || transparent >= table.getMapSize()) {
            return table;
        }
        int size = table.getMapSize();
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        table.getReds(r);
        table.getGreens(g);
        table.getBlues(b);
        return new IndexColorModel(table.getPixelSize(), size, r, g, b, transparent);
    }
}
