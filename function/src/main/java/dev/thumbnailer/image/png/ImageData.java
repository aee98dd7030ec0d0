package dev.thumbnailer.image.png;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The zlib stream spread over the consecutive IDAT chunks, inflated on demand into a 64 KB buffer
 * (large enough that the native call's cost is spread over many rows, small enough for L2). Each
 * chunk's CRC is checked before its data is used. Reading stops with the last row, so trailing
 * bytes, the Adler-32 and IEND are not needed (libpng only warns about them; browsers agree).
 */
final class ImageData implements AutoCloseable {

    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int BUFFER = 1 << 16;
    /** Reads at least this long bypass the buffer. */
    private static final int DIRECT = 4096;

    private final byte[] png;
    private final boolean frameData;
    private final Inflater inflater = new Inflater();
    private final byte[] buffer = new byte[BUFFER];
    private int next;
    private int pos;
    private int end;

    ImageData(byte[] png, int firstIdat) {
        this(png, firstIdat, false);
    }

    /**
     * @param frameData the data is an APNG frame's fdAT chunks: each is a sequence number and then
     *                  IDAT-like data, and other ancillary chunks between them are passed over (as
     *                  Chromium's PNGImageReader does); the frame's data ends at the next fcTL or IEND
     */
    ImageData(byte[] png, int firstChunk, boolean frameData) {
        this.png = png;
        this.next = firstChunk;
        this.frameData = frameData;
    }

    /**
     * A scanline's worth or more goes straight from the inflater into {@code dst} once the buffer is
     * drained (one copy fewer per byte); short reads, such as a narrow pass's rows, go through the
     * buffer so each native call still yields many rows.
     */
    void read(byte[] dst, int off, int len) throws PngException {
        while (len > 0) {
            if (pos == end) {
                if (len >= DIRECT) {
                    int n = inflate(dst, off, len);
                    off += n;
                    len -= n;
                    continue;
                }
                end = inflate(buffer, 0, buffer.length);
                pos = 0;
            }
            int n = Math.min(len, end - pos);
            System.arraycopy(buffer, pos, dst, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    /** At least one byte inflated into {@code dst}, feeding chunks as the inflater asks. */
    private int inflate(byte[] dst, int off, int len) throws PngException {
        try {
            while (true) {
                int n = inflater.inflate(dst, off, len);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    throw PngException.corrupt("the zlib stream ends before the image does");
                }
                if (inflater.needsDictionary()) {
                    throw PngException.corrupt("zlib stream with a preset dictionary");
                }
                if (inflater.needsInput()) {
                    feedNextChunk();
                }
            }
        } catch (DataFormatException e) {
            throw PngException.corrupt("bad zlib data (" + e.getMessage() + ")");
        }
    }

    /** A chunk cut by the end of the file is used as far as it goes; what it lacks is then a truncation. */
    private void feedNextChunk() throws PngException {
        while (frameData && isOtherChunk()) {
            next += 12 + (int) Bytes.u32(png, next); // another chunk between a frame's fdAT chunks
        }
        if (next < 0 || next + 8 > png.length) {
            throw PngException.truncated("the file ends inside the image data");
        }
        long length = Bytes.u32(png, next);
        int skip = frameData ? 4 : 0; // fdAT's sequence number (checked by AnimationChunks)
        if ((int) Bytes.u32(png, next + 4) != (frameData ? AnimationChunks.FDAT : IDAT) || length > Integer.MAX_VALUE || length < skip) {
            throw PngException.corrupt("not enough image data: the " + name() + " chunks end before the last row");
        }
        if (next + 12 + length > png.length) {
            int from = (int) Math.min(png.length, next + 8L + skip);
            inflater.setInput(png, from, png.length - from);
            next = -1;
            return;
        }
        if (!ChunkWalker.crcMatches(png, next, (int) length)) {
            throw PngException.corrupt("bad CRC in " + name() + " at " + next);
        }
        inflater.setInput(png, next + 8 + skip, (int) length - skip);
        next += 12 + (int) length;
    }

    /** A whole chunk that is neither a frame's data nor the end of it (fcTL, IEND). */
    private boolean isOtherChunk() {
        if (next < 0 || next + 8 > png.length) {
            return false;
        }
        long length = Bytes.u32(png, next);
        int type = (int) Bytes.u32(png, next + 4);
        return type != AnimationChunks.FDAT && type != AnimationChunks.FCTL && type != IEND && next + 12 + length <= png.length;
    }

    private String name() {
        return frameData ? "fdAT" : "IDAT";
    }

    @Override
    public void close() {
        inflater.end();
    }
}
