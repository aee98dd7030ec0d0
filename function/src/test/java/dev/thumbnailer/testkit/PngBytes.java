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

    /** The compressed image data (scanlines, filter type 0, deflated) as IDAT or fdAT would carry it. */
    public byte[] imageData(Pixels pixels) {
        return deflate(interlaced ? adam7(pixels) : scanlines(pixels, 0, 0, 1, 1));
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

    /**
     * An animated PNG (APNG spec; PNG 3rd ed. §11.3.6), 8-bit, written frame by frame: acTL, then
     * per frame fcTL and its data (IDAT for the default image, fdAT for the rest), sequence numbers
     * and CRCs right - unless a fixture asks for a specific flaw.
     */
    public static final class Apng {

        public static final int NONE = 0;
        public static final int BACKGROUND = 1;
        public static final int PREVIOUS = 2;
        public static final int SOURCE = 0;
        public static final int OVER = 1;

        private record Frame(int x, int y, int w, int h, int delayNum, int delayDen, int dispose, int blend, Pixels pixels) {
        }

        private final int width;
        private final int height;
        private final int colourType;
        private final List<byte[]> before = new ArrayList<>();
        private final List<Frame> frames = new ArrayList<>();
        private Pixels hiddenDefault;
        private int plays;
        private int declaredFrames = -1;
        private int sequenceGapAt = -1;
        private int corruptFrame = -1;

        /** @param colourType {@link PngBytes#RGB}, {@link PngBytes#RGBA}, ... at 8 bits */
        public Apng(int width, int height, int colourType) {
            this.width = width;
            this.height = height;
            this.colourType = colourType;
        }

        public Apng plays(int n) {
            plays = n;
            return this;
        }

        /** A chunk between IHDR and acTL (PLTE, iCCP, eXIf, tEXt, ...). */
        public Apng chunk(String type, byte[] data) {
            before.add(chunkBytes(type, data));
            return this;
        }

        /** The default image is not part of the animation: no fcTL before IDAT. */
        public Apng hiddenDefaultImage(Pixels pixels) {
            hiddenDefault = pixels;
            return this;
        }

        /** A whole-canvas frame, dispose NONE, blend SOURCE; the first one is the default image unless one is hidden. */
        public Apng frame(int delayNum, int delayDen, Pixels pixels) {
            return frame(0, 0, width, height, delayNum, delayDen, NONE, SOURCE, pixels);
        }

        /** @param pixels samples at (x, y) of the frame region, not of the canvas */
        public Apng frame(int x, int y, int w, int h, int delayNum, int delayDen, int dispose, int blend, Pixels pixels) {
            frames.add(new Frame(x, y, w, h, delayNum, delayDen, dispose, blend, pixels));
            return this;
        }

        /** acTL's num_frames written as this instead of the real count. */
        public Apng declaredFrames(int n) {
            declaredFrames = n;
            return this;
        }

        /** The sequence numbers skip one at the fcTL of frame {@code index}. */
        public Apng sequenceGapAt(int index) {
            sequenceGapAt = index;
            return this;
        }

        /** Frame {@code index}'s data is not a zlib stream (its chunk's CRC is right). */
        public Apng corruptData(int index) {
            corruptFrame = index;
            return this;
        }

        public byte[] encode() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            out.writeBytes(chunkBytes("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array()));
            before.forEach(out::writeBytes);
            out.writeBytes(chunkBytes("acTL", ByteBuffer.allocate(8).putInt(declaredFrames >= 0 ? declaredFrames : frames.size()).putInt(plays).array()));
            int sequence = 0;
            if (hiddenDefault != null) {
                out.writeBytes(chunkBytes("IDAT", new PngBytes(width, height, 8, colourType).imageData(hiddenDefault)));
            }
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                sequence += i == sequenceGapAt ? 1 : 0;
                out.writeBytes(chunkBytes("fcTL", ByteBuffer.allocate(26).putInt(sequence++).putInt(f.w()).putInt(f.h()).putInt(f.x()).putInt(f.y())
                        .putShort((short) f.delayNum()).putShort((short) f.delayDen()).put((byte) f.dispose()).put((byte) f.blend()).array()));
                byte[] data = i == corruptFrame ? new byte[] {0x78, (byte) 0x9C, (byte) 0xFF, (byte) 0xFF, 0x12, 0x34}
                        : new PngBytes(f.w(), f.h(), 8, colourType).imageData(f.pixels());
                if (i == 0 && hiddenDefault == null) {
                    out.writeBytes(chunkBytes("IDAT", data));
                } else {
                    out.writeBytes(chunkBytes("fdAT", ByteBuffer.allocate(4 + data.length).putInt(sequence++).put(data).array()));
                }
            }
            out.writeBytes(chunkBytes("IEND", new byte[0]));
            return out.toByteArray();
        }
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
