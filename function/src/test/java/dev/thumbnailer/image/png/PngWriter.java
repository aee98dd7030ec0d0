package dev.thumbnailer.image.png;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for fixtures: any colour type and bit depth, Adam7, extra chunks before and
 * after the image data, and every scanline filter (row y uses filter y mod 5, so all five are
 * undone on every fixture). The image data is split over several IDAT chunks.
 */
final class PngWriter {

    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

    /** Samples of the pixel at (x, y), each at the image's bit depth (one index for palette images). */
    interface Pixels {
        int[] at(int x, int y);
    }

    private final int width;
    private final int height;
    private final int depth;
    private final int type;
    private final List<byte[]> before = new ArrayList<>();
    private final List<byte[]> after = new ArrayList<>();
    private boolean interlaced;

    PngWriter(int width, int height, int depth, int type) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.type = type;
    }

    PngWriter interlaced(boolean on) {
        interlaced = on;
        return this;
    }

    PngWriter chunk(String name, byte[] data) {
        before.add(chunkBytes(name, data));
        return this;
    }

    /** A chunk with a deliberately wrong CRC. */
    PngWriter badCrcChunk(String name, byte[] data) {
        byte[] chunk = chunkBytes(name, data);
        chunk[chunk.length - 1] ^= 1;
        before.add(chunk);
        return this;
    }

    PngWriter trailing(String name, byte[] data) {
        after.add(chunkBytes(name, data));
        return this;
    }

    byte[] encode(Pixels pixels) {
        return withIdat(deflate(raw(pixels)));
    }

    /** The filtered scanlines, before compression. */
    byte[] raw(Pixels pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] pass : interlaced ? ADAM7 : new int[][] {{0, 0, 1, 1}}) {
            out.writeBytes(scanlines(pixels, pass[0], pass[1], pass[2], pass[3]));
        }
        return out.toByteArray();
    }

    byte[] withIdat(byte[] compressed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunkBytes("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) depth).put((byte) type).put((byte) 0).put((byte) 0).put((byte) (interlaced ? 1 : 0)).array()));
        before.forEach(out::writeBytes);
        int piece = Math.max(1, compressed.length / 3 + 1);
        for (int i = 0; i < compressed.length || i == 0; i += piece) {
            out.writeBytes(chunkBytes("IDAT", Arrays.copyOfRange(compressed, i, Math.min(compressed.length, i + piece))));
        }
        after.forEach(out::writeBytes);
        out.writeBytes(chunkBytes("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(6);
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

    static byte[] chunkBytes(String name, byte[] data) {
        byte[] type = name.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data).putInt((int) crc.getValue()).array();
    }

    private int samplesPerPixel() {
        return switch (type) {
            case RGB -> 3;
            case GREY_ALPHA -> 2;
            case RGBA -> 4;
            default -> 1;
        };
    }

    private byte[] scanlines(Pixels pixels, int x0, int y0, int dx, int dy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (x0 >= width || y0 >= height) {
            return out.toByteArray();
        }
        int bpp = Math.max(1, samplesPerPixel() * depth / 8);
        byte[] previous = null;
        for (int y = y0; y < height; y += dy) {
            byte[] row = pack(pixels, y, x0, dx);
            int filter = (y / dy) % 5;
            out.write(filter);
            out.writeBytes(filter(filter, row, previous == null ? new byte[row.length] : previous, bpp));
            previous = row;
        }
        return out.toByteArray();
    }

    private byte[] pack(Pixels pixels, int y, int x0, int dx) {
        long bits = 0;
        int count = 0;
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        for (int x = x0; x < width; x += dx) {
            for (int sample : pixels.at(x, y)) {
                bits = bits << depth | (sample & ((1L << depth) - 1));
                count += depth;
                while (count >= 8) {
                    row.write((int) (bits >>> (count - 8)));
                    count -= 8;
                }
            }
        }
        if (count > 0) {
            row.write((int) (bits << (8 - count)));
        }
        return row.toByteArray();
    }

    private static byte[] filter(int type, byte[] row, byte[] up, int bpp) {
        byte[] out = new byte[row.length];
        for (int i = 0; i < row.length; i++) {
            int a = i >= bpp ? row[i - bpp] & 0xFF : 0;
            int b = up[i] & 0xFF;
            int c = i >= bpp ? up[i - bpp] & 0xFF : 0;
            int predictor = switch (type) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >>> 1;
                default -> paeth(a, b, c);
            };
            out[i] = (byte) (row[i] - predictor);
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
