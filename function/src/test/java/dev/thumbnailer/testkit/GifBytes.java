package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes GIF89a files block by block (GIF89a spec §17-27), for fixtures the JDK writer cannot make:
 * frames at offsets on a larger logical screen, every disposal method, local palettes, comment
 * and application extensions, thousands of frames, and screens that lie about their size.
 */
public final class GifBytes {

    /** Pixel (x, y) of a frame, as a palette index. */
    public interface Indices {
        int at(int x, int y);
    }

    /**
     * @param disposal         0-3 as in the Graphic Control Extension
     * @param transparentIndex -1 for none
     * @param localPalette     0xRRGGBB entries, or null to use the global palette
     */
    public record Frame(int left, int top, int width, int height, int delay, int disposal, int transparentIndex, int[] localPalette, Indices pixels) {

        public static Frame filled(int left, int top, int width, int height, int delay, int disposal, int index) {
            return new Frame(left, top, width, height, delay, disposal, -1, null, (x, y) -> index);
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int globalBits;

    public GifBytes(int screenWidth, int screenHeight, int... globalPalette) {
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        short16(screenWidth);
        short16(screenHeight);
        globalBits = bitsFor(globalPalette.length);
        out.write(globalPalette.length == 0 ? 0 : 0x80 | 0x70 | (globalBits - 1)); // global table flag, 8-bit colour resolution, size
        out.write(0); // background colour index
        out.write(0); // pixel aspect ratio
        if (globalPalette.length > 0) {
            table(globalPalette, globalBits);
        }
    }

    public GifBytes loop(int count) {
        return application("NETSCAPE", "2.0", new byte[] {1, (byte) count, (byte) (count >> 8)});
    }

    public GifBytes application(String identifier, String authentication, byte[] data) {
        out.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        out.writeBytes((identifier + authentication).getBytes(StandardCharsets.US_ASCII));
        subBlocks(data);
        return this;
    }

    public GifBytes comment(String text) {
        out.writeBytes(new byte[] {0x21, (byte) 0xFE});
        subBlocks(text.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    public GifBytes frame(Frame f) {
        return frame(f, f.width(), f.height());
    }

    /** A frame whose descriptor declares another size than the pixels that follow: what hostile files do. */
    public GifBytes frame(Frame f, int declaredWidth, int declaredHeight) {
        out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4});
        out.write(f.disposal() << 2 | (f.transparentIndex() >= 0 ? 1 : 0));
        short16(f.delay());
        out.write(Math.max(0, f.transparentIndex()));
        out.write(0);
        out.write(0x2C);
        short16(f.left());
        short16(f.top());
        short16(declaredWidth);
        short16(declaredHeight);
        int bits = f.localPalette() == null ? globalBits : bitsFor(f.localPalette().length);
        out.write(f.localPalette() == null ? 0 : 0x80 | (bits - 1));
        if (f.localPalette() != null) {
            table(f.localPalette(), bits);
        }
        int codeSize = Math.max(2, bits);
        out.write(codeSize);
        subBlocks(lzw(f, codeSize));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(out.toByteArray());
        done.write(0x3B);
        return done.toByteArray();
    }

    /**
     * Valid but uncompressed LZW: a clear code every few literals keeps the dictionary, and so the
     * code width, from ever growing, which spares a real encoder.
     */
    private static byte[] lzw(Frame f, int codeSize) {
        int clear = 1 << codeSize;
        int width = codeSize + 1;
        int perClear = clear - 3;
        BitsLsbFirst bits = new BitsLsbFirst();
        int sinceClear = perClear;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (sinceClear == perClear) {
                    bits.write(clear, width);
                    sinceClear = 0;
                }
                bits.write(f.pixels().at(x, y), width);
                sinceClear++;
            }
        }
        bits.write(clear + 1, width); // end of information
        return bits.bytes();
    }

    private void table(int[] palette, int bits) {
        for (int i = 0; i < 1 << bits; i++) {
            int rgb = i < palette.length ? palette[i] : 0;
            out.writeBytes(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
        }
    }

    private void subBlocks(byte[] data) {
        for (int i = 0; i < data.length; i += 255) {
            int n = Math.min(255, data.length - i);
            out.write(n);
            out.write(data, i, n);
        }
        out.write(0);
    }

    private void short16(int v) {
        out.write(v & 0xFF);
        out.write(v >> 8 & 0xFF);
    }

    private static int bitsFor(int colours) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, colours - 1)));
    }

    private static final class BitsLsbFirst {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int count;

        public void write(int code, int width) {
            current |= code << count;
            count += width;
            while (count >= 8) {
                out.write(current & 0xFF);
                current >>>= 8;
                count -= 8;
            }
        }

        public byte[] bytes() {
            if (count > 0) {
                out.write(current & 0xFF);
            }
            return out.toByteArray();
        }
    }
}
