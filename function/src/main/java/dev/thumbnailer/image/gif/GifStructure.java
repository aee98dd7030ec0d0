package dev.thumbnailer.image.gif;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.IndexColorModel;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GIF's block structure (GIF89a §17-27): the canvas, and for each frame its layout, timing,
 * colour table and where its pixel data starts, plus the loop count; no pixel is decoded. The
 * probe counts frames with it and the decoder draws them from it, so both agree on what the file
 * holds. Blocks are walked the way the JDK reader walks them: unknown blocks are skipped as
 * sub-blocks, and a 0x00 or 0x3B byte where a block should start ends the file.
 */
final class GifStructure {

    /**
     * One frame as stored.
     *
     * @param palette    the colour table it is drawn with, as the file stores it (2 to 256 entries)
     * @param dataOffset where its LZW minimum code size byte is
     */
    record Image(GifFrame frame, IndexColorModel palette, boolean interlaced, int dataOffset) {
    }

    private final byte[] bytes;
    private final List<Image> images = new ArrayList<>();
    private Optional<Integer> loopCount = Optional.empty();
    private int screenWidth;
    private int screenHeight;
    private IndexColorModel global;
    private int pos;

    private GifStructure(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The layout of the first {@code count} frames; fewer when the file has fewer. */
    static GifStructure read(byte[] bytes, int count) throws IOException {
        GifStructure gif = new GifStructure(bytes);
        gif.readFrames(count);
        return gif;
    }

    List<Image> images() {
        return images;
    }

    /**
     * The canvas every frame is drawn on: the logical screen, enlarged to hold the first frame when
     * that overflows it (encoders that write a 0×0 screen exist; Chromium's GIFImageReader does the
     * same, and only for the first frame, which is why later frames are clipped instead).
     */
    Dimension canvas() {
        Rectangle first = images.isEmpty() ? new Rectangle() : images.getFirst().frame().bounds();
        return new Dimension(Math.max(screenWidth, first.x + first.width), Math.max(screenHeight, first.y + first.height));
    }

    /**
     * The NETSCAPE2.0 (or identical ANIMEXTS1.0) loop count: 0 means forever; empty plays once.
     * Browsers read it wherever it is, after the first frame too, and a later one replaces an
     * earlier one (Firefox's nsGIFDecoder2::ReadNetscapeExtensionData assigns loop_count each time,
     * as Chromium's former GIFImageReader assigned m_loopCount), so the last one in the file counts.
     */
    Optional<Integer> loopCount() {
        return loopCount;
    }

    private void readFrames(int count) throws IOException {
        pos = 6; // after the signature
        screenWidth = short16();
        screenHeight = short16();
        int screenFlags = unsigned();
        pos += 2; // background colour index, pixel aspect ratio
        global = (screenFlags & 0x80) != 0 ? table(screenFlags) : null;
        int[] control = null; // packed fields, delay, transparent index of the pending Graphic Control Extension
        while (pos < bytes.length) {
            int block = unsigned();
            if (block == 0x2C) {
                images.add(image(control));
                control = null;
                if (images.size() == count) {
                    laterLoopExtensions(images.getLast().dataOffset());
                    return;
                }
                pos++; // LZW minimum code size
                skipSubBlocks();
            } else if (block == 0x21) {
                control = extension(control);
            } else if (block == 0x3B || block == 0x00) {
                return;
            } else {
                skipSubBlocks();
            }
        }
    }

    /**
     * After the frames needed, the rest of the file is walked for loop extensions only. Damage
     * there does not touch those frames, so it ends the walk rather than the decode.
     */
    private void laterLoopExtensions(int dataOffset) {
        pos = dataOffset + 1;
        try {
            skipSubBlocks();
            for (int block = unsigned(); block != 0x3B && block != 0x00; block = unsigned()) {
                if (block == 0x21) {
                    extension(null);
                } else if (block == 0x2C) {
                    pos += 8;
                    int flags = unsigned();
                    pos += (flags & 0x80) != 0 ? GifColourTables.length(flags) + 1 : 1;
                    skipSubBlocks();
                } else {
                    skipSubBlocks();
                }
            }
        } catch (IOException endOfWalk) {
            // the frames read so far stand
        }
    }

    private Image image(int[] control) throws IOException {
        Rectangle bounds = new Rectangle(short16(), short16(), short16(), short16());
        int flags = unsigned();
        int transparent = control != null && (control[0] & 1) != 0 ? control[2] : -1;
        IndexColorModel table = (flags & 0x80) != 0 ? table(flags) : global != null ? global : GifColourTables.OPAQUE_BLACK;
        GifFrame.Disposal disposal = GifFrame.Disposal.fromCode(control == null ? 0 : control[0] >> 2 & 7);
        GifFrame frame = new GifFrame(bounds, control == null ? 0 : control[1], disposal, transparent);
        return new Image(frame, GifColourTables.withTransparency(table, transparent), (flags & 0x40) != 0, pos);
    }

    /** Reads an extension; returns the Graphic Control Extension fields now pending. */
    private int[] extension(int[] control) throws IOException {
        int label = unsigned();
        int start = pos;
        int length = unsigned();
        if (label == 0xF9 && length >= 4) {
            control = new int[] {unsigned(), short16(), unsigned()};
        } else if (label == 0xFF && length == 11) {
            loopCount = loopExtension().or(() -> loopCount);
        }
        pos = start;
        skipSubBlocks();
        return control;
    }

    private Optional<Integer> loopExtension() throws IOException {
        String id = new String(bytes, pos, Math.max(0, Math.min(11, bytes.length - pos)), StandardCharsets.ISO_8859_1);
        pos += 11;
        if ((id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0")) && unsigned() >= 3 && unsigned() == 1) {
            return Optional.of(short16());
        }
        return Optional.empty();
    }

    private IndexColorModel table(int flags) throws IOException {
        IndexColorModel table = GifColourTables.read(bytes, pos, flags);
        pos += GifColourTables.length(flags);
        return table;
    }

    private void skipSubBlocks() throws IOException {
        for (int length = unsigned(); length > 0; length = unsigned()) {
            pos += length;
        }
    }

    private int unsigned() throws IOException {
        if (pos >= bytes.length) {
            throw new EOFException("the GIF ends early: a block runs past its " + bytes.length + " bytes");
        }
        return bytes[pos++] & 0xFF;
    }

    private int short16() throws IOException {
        return unsigned() | unsigned() << 8;
    }
}
