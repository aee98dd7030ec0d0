package dev.thumbnailer.image.png;

import java.util.zip.CRC32;

/**
 * Walks the chunk list once, checking what libpng treats as fatal and skipping what it treats as
 * benign: the signature, IHDR first with a good CRC, chunk lengths and names, PLTE (when a palette
 * image needs it), unknown critical chunks and at least one IDAT are checked; any ancillary chunk
 * that is unknown, empty, malformed, misplaced or fails its CRC is ignored (libpng's default
 * PNG_CRC_WARN_DISCARD and benign errors; browsers and ImageMagick skip them too). APNG chunks are
 * checked as a whole by {@link AnimationChunks}: a broken animation leaves the still default image. IDAT CRCs are
 * checked while the data is inflated, so probing never touches the image data.
 */
final class ChunkWalker {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IHDR = 0x49484452;
    private static final int PLTE = 0x504C5445;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;

    private final byte[] png;
    private final Header header;
    private final AncillaryChunks ancillary;
    private final AnimationChunks animation;
    private int paletteSize = -1;
    private int firstIdat = -1;
    private boolean ended;

    private ChunkWalker(byte[] png, Header header) {
        this.png = png;
        this.header = header;
        this.ancillary = new AncillaryChunks(header);
        this.animation = new AnimationChunks(header);
    }

    static Structure walk(byte[] png, long maxPixels) throws PngException {
        checkSignatureAndIhdr(png);
        ChunkWalker walker = new ChunkWalker(png, Header.parse(png, 16, maxPixels));
        walker.walkFrom(33);
        return walker.structure();
    }

    private static void checkSignatureAndIhdr(byte[] png) throws PngException {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (i >= png.length) {
                throw PngException.truncated("ends inside the signature");
            }
            if (png[i] != SIGNATURE[i]) {
                throw PngException.corrupt("not a PNG signature");
            }
        }
        if (png.length < 33) {
            throw PngException.truncated("ends inside IHDR");
        }
        if (Bytes.u32(png, 8) != 13 || (int) Bytes.u32(png, 12) != IHDR) {
            throw PngException.corrupt("the first chunk is not a 13-byte IHDR");
        }
        if (!crcMatches(png, 8, 13)) {
            throw PngException.corrupt("bad CRC in IHDR");
        }
    }

    private void walkFrom(int pos) throws PngException {
        while (pos + 8 <= png.length) {
            long length = Bytes.u32(png, pos);
            int type = (int) Bytes.u32(png, pos + 4);
            if (length > Integer.MAX_VALUE || !isChunkName(type)) {
                throw PngException.corrupt("chunk at " + pos + ": length " + length + ", type " + Integer.toHexString(type));
            }
            if (type == IEND) {
                ended = true;
                return;
            }
            if (type == IDAT && firstIdat < 0) {
                firstIdat = pos;
                animation.firstIdat(pos);
            }
            if (pos + 12 + length > png.length) {
                if (firstIdat < 0) {
                    throw PngException.truncated("ends inside a chunk before the image data");
                }
                return; // cut inside or after the image data: the decoder judges whether the pixels are complete
            }
            chunk(type, pos, (int) length);
            pos += 12 + (int) length;
        }
    }

    private void chunk(int type, int pos, int length) throws PngException {
        boolean critical = (type & 0x20000000) == 0;
        if (!critical) {
            boolean intact = crcMatches(png, pos, length);
            if (intact) {
                ancillary.read(type, png, pos + 8, length, paletteSize, firstIdat >= 0);
            }
            animation.chunk(type, png, pos, length, intact);
        } else if (type == PLTE) {
            palette(pos, length);
        } else if (type != IDAT) {
            throw PngException.corrupt(type == IHDR ? "a second IHDR" : "unknown critical chunk " + Integer.toHexString(type));
        }
    }

    /** Critical even in RGB files (a suggested palette), so a bad CRC is fatal; ignored in grey files, as libpng does. */
    private void palette(int pos, int length) throws PngException {
        if (!crcMatches(png, pos, length)) {
            throw PngException.corrupt("bad CRC in PLTE");
        }
        boolean needed = header.colourType() == Header.PALETTE;
        if (needed && (length == 0 || length % 3 != 0 || length > 768)) {
            throw PngException.corrupt("PLTE of " + length + " bytes");
        }
        if (needed && paletteSize < 0 && firstIdat < 0) {
            paletteSize = length / 3;
            ancillary.palette(png, pos + 8, paletteSize);
        }
    }

    private Structure structure() throws PngException {
        if (firstIdat < 0) {
            throw ended ? PngException.corrupt("no IDAT chunk") : PngException.truncated("ends before the image data");
        }
        if (header.colourType() == Header.PALETTE && paletteSize < 0) {
            throw PngException.corrupt("palette image without PLTE before IDAT");
        }
        return ancillary.structure(firstIdat, animation);
    }

    static boolean crcMatches(byte[] png, int pos, int length) {
        CRC32 crc = new CRC32();
        crc.update(png, pos + 4, length + 4);
        return crc.getValue() == Bytes.u32(png, pos + 8 + length);
    }

    private static boolean isChunkName(int type) {
        for (int shift = 0; shift < 32; shift += 8) {
            int c = type >>> shift & 0xFF | 0x20;
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
