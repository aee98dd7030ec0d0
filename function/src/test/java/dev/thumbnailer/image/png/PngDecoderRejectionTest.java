package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken critical structure is a typed rejection; a file cut short says "truncated". */
class PngDecoderRejectionTest {

    private static final PngWriter.Pixels PIXELS = (x, y) -> new int[] {x & 0xFF, y & 0xFF, (x * y) & 0xFF, 200};

    private static byte[] rgba(boolean interlaced) {
        return new PngWriter(60, 40, 8, PngWriter.RGBA).interlaced(interlaced).encode(PIXELS);
    }

    @ParameterizedTest(name = "interlaced {0}, cut at {1}")
    @CsvSource({"false, 0.2", "false, 0.6", "false, 0.95", "true, 0.2", "true, 0.6", "true, 0.95"})
    void decode_fileCutInsideTheImageData_isTruncated(boolean interlaced, double fraction) {
        byte[] whole = rgba(interlaced);
        byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));

        PngException e = assertThrows(TruncatedPngException.class, () -> PngDecoder.decode(cut, 4, Fixtures.MAX_PIXELS));

        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 20, 33, 40})
    void probe_fileCutBeforeTheImageData_isTruncated(int length) {
        byte[] png = new PngWriter(4, 4, 8, PngWriter.RGB).chunk("tEXt", new byte[20]).encode((x, y) -> new int[] {1, 2, 3});

        assertThrows(TruncatedPngException.class, () -> PngDecoder.probe(Arrays.copyOf(png, length), Fixtures.MAX_PIXELS));
    }

    @Test
    void decode_missingOnlyIend_isDecoded() throws Exception {
        byte[] whole = rgba(true);

        PngImage decoded = PngDecoder.decode(Arrays.copyOf(whole, whole.length - 12), 1, Fixtures.MAX_PIXELS);

        assertEquals(0xC8030206, decoded.image().getRGB(3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad CRC in IDAT", "bad CRC in IHDR", "bad CRC in PLTE", "filter type 5", "garbage zlib", "zlib ends early",
            "no IDAT", "unknown critical chunk", "second IHDR", "palette without PLTE", "bit depth 3", "colour type 1", "zero width",
            "not a signature", "chunk name with a digit"})
    void decode_brokenCriticalStructure_isRejectedButNotAsTruncated(String kind) {
        byte[] png = broken(kind);

        PngException e = assertThrows(PngException.class, () -> PngDecoder.decode(png, 2, Fixtures.MAX_PIXELS));

        assertEquals(PngException.class, e.getClass(), e.getMessage());
    }

    private static byte[] broken(String kind) {
        PngWriter rgb = new PngWriter(8, 8, 8, PngWriter.RGB);
        PngWriter.Pixels pixels = (x, y) -> new int[] {x, y, 7};
        byte[] good = rgb.encode(pixels);
        return switch (kind) {
            case "bad CRC in IDAT" -> PngEdits.flip(good, PngEdits.chunk(good, "IDAT", 1) + 9);
            case "bad CRC in IHDR" -> PngEdits.flip(good, 17);
            case "bad CRC in PLTE" -> { byte[] p = new PngWriter(2, 2, 8, PngWriter.PALETTE).chunk("PLTE", new byte[6]).encode((x, y) -> new int[] {1});
                yield PngEdits.flip(p, PngEdits.chunk(p, "PLTE", 0) + 9); }
            case "filter type 5" -> { byte[] raw = rgb.raw(pixels); raw[0] = 5; yield rgb.withIdat(PngWriter.deflate(raw)); }
            case "garbage zlib" -> rgb.withIdat(new byte[] {0x78, (byte) 0x9C, 1, 2, 3, 4, 5, 6, 7, 8});
            case "zlib ends early" -> rgb.withIdat(PngWriter.deflate(Arrays.copyOf(rgb.raw(pixels), 30)));
            case "no IDAT" -> { byte[] p = Arrays.copyOf(good, 33 + 12); System.arraycopy(good, good.length - 12, p, 33, 12); yield p; }
            case "unknown critical chunk" -> rgb.chunk("RUST", new byte[4]).encode(pixels);
            case "second IHDR" -> rgb.chunk("IHDR", Arrays.copyOfRange(good, 16, 29)).encode(pixels);
            case "palette without PLTE" -> new PngWriter(2, 2, 8, PngWriter.PALETTE).encode((x, y) -> new int[] {0});
            case "bit depth 3" -> withIhdrByte(good, 24, 3);
            case "colour type 1" -> withIhdrByte(good, 25, 1);
            case "zero width" -> { byte[] p = good.clone(); ByteBuffer.wrap(p).putInt(16, 0); yield PngEdits.fixCrcs(p); }
            case "not a signature" -> PngEdits.flip(good, 1);
            default -> { byte[] p = good.clone(); p[PngEdits.chunk(good, "IDAT", 0) + 5] = '1'; yield p; }
        };
    }

    private static byte[] withIhdrByte(byte[] png, int at, int value) {
        byte[] p = png.clone();
        p[at] = (byte) value;
        return PngEdits.fixCrcs(p);
    }

    @Test
    void decode_headerOverThePixelLimit_isRefusedAllocatingAlmostNothing() {
        byte[] bomb = new PngWriter(50_000, 50_000, 16, PngWriter.RGBA).withIdat(PngWriter.deflate(new byte[64]));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThrows(OversizedPngException.class, () -> PngDecoder.decode(bomb, 1, Fixtures.MAX_PIXELS));

        long before = threads.getCurrentThreadAllocatedBytes();
        PngException e = assertThrows(PngException.class, () -> PngDecoder.decode(bomb, 1, Fixtures.MAX_PIXELS));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertInstanceOf(OversizedPngException.class, e);
        assertTrue(allocated < 64 << 10, "allocated " + allocated);
    }

    @Test
    void decode_sideOverLibpngsDefaultLimit_isRefusedWhateverThePixelLimit() {
        byte[] png = new PngWriter(2_000_000, 1, 8, PngWriter.GREY).withIdat(PngWriter.deflate(new byte[64]));

        assertThrows(OversizedPngException.class, () -> PngDecoder.decode(png, 1, Long.MAX_VALUE));
    }

    @Test
    void decode_largeImageReduced_allocatesAboutTheOutputNotTheImage() throws Exception {
        byte[] png = new PngWriter(2000, 2000, 8, PngWriter.RGBA).encode((x, y) -> new int[] {x & 0xFF, y & 0xFF, 0, 255});
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        PngDecoder.decode(png, 8, Fixtures.MAX_PIXELS);

        long before = threads.getCurrentThreadAllocatedBytes();
        PngImage decoded = PngDecoder.decode(png, 8, Fixtures.MAX_PIXELS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals(250, decoded.image().getWidth());
        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes; the full image is 16 MB"); // output 250 KB, rows 16 KB, inflater 64 KB
    }
}
