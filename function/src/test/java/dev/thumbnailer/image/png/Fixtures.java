package dev.thumbnailer.image.png;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Deterministic test images of every layout: samples spread over the whole range, alpha 0, 255 and in between. */
final class Fixtures {

    static final long MAX_PIXELS = 100_000_000L;

    private Fixtures() {
    }

    static int samples(int type) {
        return switch (type) {
            case PngWriter.RGB -> 3;
            case PngWriter.GREY_ALPHA -> 2;
            case PngWriter.RGBA -> 4;
            default -> 1;
        };
    }

    /** A value for channel c of (x, y): a hash, so neighbours differ and every filter has work to do. */
    static int sample(int x, int y, int c, int depth) {
        int h = x * 73856093 ^ y * 19349663 ^ c * 83492791;
        h ^= h >>> 13;
        h *= 0x5bd1e995;
        h ^= h >>> 15;
        return h & ((1 << depth) - 1);
    }

    /** Samples for the layout; alpha (the last channel of types 4 and 6) is 0 on a band of columns, full on another. */
    static PngWriter.Pixels pattern(int type, int depth, int paletteSize) {
        return (x, y) -> {
            if (type == PngWriter.PALETTE) {
                return new int[] {sample(x, y, 0, 16) % paletteSize};
            }
            int n = samples(type);
            int[] s = new int[n];
            for (int c = 0; c < n; c++) {
                s[c] = sample(x, y, c, depth);
            }
            if (type == PngWriter.GREY_ALPHA || type == PngWriter.RGBA) {
                int max = (1 << depth) - 1;
                s[n - 1] = x % 7 == 0 ? 0 : x % 7 == 1 ? max : s[n - 1];
            }
            return s;
        };
    }

    static byte[] palette(int entries) {
        byte[] plte = new byte[3 * entries];
        for (int i = 0; i < plte.length; i++) {
            plte[i] = (byte) sample(i, 7, 1, 8);
        }
        return plte;
    }

    static byte[] u16s(int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A minimal TIFF structure (what eXIf holds) with one Orientation entry. */
    static byte[] exif(int orientation, boolean littleEndian) {
        ByteBuffer b = ByteBuffer.allocate(26).order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        b.put(latin1(littleEndian ? "II" : "MM")).putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    /** The ARGB of an output pixel, reading grey outputs' samples directly (getRGB would treat them as linear). */
    static int argb(java.awt.image.BufferedImage image, int x, int y) {
        if (image.getType() == java.awt.image.BufferedImage.TYPE_BYTE_GRAY) {
            return 0xFF000000 | image.getRaster().getSample(x, y, 0) * 0x010101;
        }
        return image.getRGB(x, y);
    }
}
