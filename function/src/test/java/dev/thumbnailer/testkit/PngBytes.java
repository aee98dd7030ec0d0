package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A tiny PNG encoder for fixtures ImageIO cannot write: Adam7-interlaced images, any bit depth and
 * colour type, extra chunks (iCCP, tRNS, text), and headers that lie about the size. Chunks get
 * correct CRCs, so readers judge the content, not a checksum error.
 */
public final class PngBytes {

    public static final int GREY = 0;
    public static final int RGB = 2;
    public static final int PALETTE = 3;
    public static final int GREY_ALPHA = 4;
    public static final int RGBA = 6;

    /** Pass origin and step (x0, y0, dx, dy) of Adam7 (PNG spec §8.2). */
    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

    /** Samples of the pixel at (x, y), each at the image's bit depth (one index for palette images). */
    public interface Pixels {
        int[] at(int x, int y);
    }

    private final int width;
    private final int height;
    private final int bitDepth;
    private final int colourType;
    private final List<byte[]> beforeData = new ArrayList<>();
    private final List<byte[]> afterData = new ArrayList<>();
    private boolean interlaced;

    public PngBytes(int width, int height, int bitDepth, int colourType) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.colourType = colourType;
    }

    public PngBytes interlaced() {
        interlaced = true;
        return this;
    }

    /** A chunk placed between IHDR and IDAT (PLTE, tRNS, iCCP, tEXt, ...), in call order. */
    public PngBytes chunk(String type, byte[] data) {
        beforeData.add(chunkBytes(type, data));
        return this;
    }

    /** A chunk after IDAT, before IEND (where text and eXIf may also appear). */
    public PngBytes trailingChunk(String type, byte[] data) {
        afterData.add(chunkBytes(type, data));
        return this;
    }

    public byte[] encode(Pixels pixels) {
        return assemble(deflate(interlaced ? adam7(pixels) : scanlines(pixels, 0, 0, 1, 1)));
    }

    /** A well-formed file whose IDAT is the given (possibly bogus or tiny) compressed data. */
    public byte[] withIdat(byte[] compressed) {
        return assemble(compressed);
    }

    public static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    public static byte[] chunkBytes(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    private byte[] assemble(byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunkBytes("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) (interlaced ? 1 : 0)).array()));
        beforeData.forEach(out::writeBytes);
        out.writeBytes(chunkBytes("IDAT", idat));
        afterData.forEach(out::writeBytes);
        out.writeBytes(chunkBytes("IEND", new byte[0]));
        return out.toByteArray();
    }

    private byte[] adam7(Pixels pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] pass : ADAM7) {
            out.writeBytes(scanlines(pixels, pass[0], pass[1], pass[2], pass[3]));
        }
        return out.toByteArray();
    }

    /** Filter-type-0 scanlines of the sub-image (x0 + i·dx, y0 + j·dy); nothing for an empty pass. */
    private byte[] scanlines(Pixels pixels, int x0, int y0, int dx, int dy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (x0 >= width || y0 >= height) {
            return out.toByteArray();
        }
        for (int y = y0; y < height; y += dy) {
            out.write(0);
            BitWriter row = new BitWriter();
            for (int x = x0; x < width; x += dx) {
                for (int sample : pixels.at(x, y)) {
                    row.write(sample, bitDepth);
                }
            }
            out.writeBytes(row.bytes());
        }
        return out.toByteArray();
    }

    /** Packs samples most-significant bit first, padding the last byte of a row with zeros. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int bits;

        public void write(int value, int width) {
            for (int bit = width - 1; bit >= 0; bit--) {
                current = current << 1 | (value >> bit & 1);
                if (++bits == 8) {
                    out.write(current);
                    current = 0;
                    bits = 0;
                }
            }
        }

        public byte[] bytes() {
            if (bits > 0) {
                out.write(current << (8 - bits));
                current = 0;
                bits = 0;
            }
            return out.toByteArray();
        }
    }
}
