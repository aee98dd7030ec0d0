package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The transparency classes the JDK PNG reader gets wrong, with the values libpng gives: low-bit
 * grey keeps a tRNS colour whatever the grey, an out-of-range key is masked to the bit depth, a
 * palette tRNS longer than the palette is ignored, an index past the palette is opaque black.
 */
class PngDecoderTransparencyTest {

    private static final int WIDTH = 16;

    /** Column x holds grey x mod 2^depth. */
    private static byte[] greyRamp(int depth, byte[] trns) {
        return new PngWriter(WIDTH, 4, depth, PngWriter.GREY).chunk("tRNS", trns).encode((x, y) -> new int[] {x % (1 << depth)});
    }

    @ParameterizedTest(name = "{0}-bit grey, key {1}")
    @CsvSource({"1, 1", "1, 0", "2, 3", "2, 1", "4, 15", "4, 9"})
    void decode_lowBitGreyWithTrnsColour_makesExactlyThatGreyTransparent(int depth, int key) throws Exception {
        byte[] png = greyRamp(depth, Fixtures.u16s(key));

        PngImage decoded = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS);

        assertTrue(decoded.hasAlpha());
        for (int x = 0; x < WIDTH; x++) {
            int grey = x % (1 << depth) * 255 / ((1 << depth) - 1);
            int expected = (x % (1 << depth) == key ? 0 : 0xFF000000) | grey * 0x010101;
            assertEquals(Integer.toHexString(expected), Integer.toHexString(decoded.image().getRGB(x, 2)), "column " + x);
        }
    }

    @ParameterizedTest(name = "{0}-bit grey, key {1} is grey {2}")
    @CsvSource({"1, 257, 1", "2, 254, 2", "4, 4097, 1", "8, 4660, 52"})
    void decode_greyTrnsBeyondTheBitDepth_isMaskedToItAsLibpngDoes(int depth, int key, int transparentGrey) throws Exception {
        byte[] png = greyRamp(depth, Fixtures.u16s(key));

        BufferedImage image = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image();

        for (int x = 0; x < WIDTH; x++) {
            assertEquals(x % (1 << depth) == transparentGrey ? 0 : 255, image.getRGB(x, 0) >>> 24, "column " + x);
        }
    }

    @Test
    void decode_rgb8WithOutOfRangeKey_comparesTheLowByte() throws Exception {
        byte[] png = new PngWriter(2, 1, 8, PngWriter.RGB).chunk("tRNS", Fixtures.u16s(0x110A, 0x2214, 0x331E))
                .encode((x, y) -> x == 0 ? new int[] {10, 20, 30} : new int[] {10, 20, 31});

        BufferedImage image = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image();

        assertEquals(0x000A141E, image.getRGB(0, 0));
        assertEquals(0xFF0A141F, image.getRGB(1, 0));
    }

    @Test
    void decode_paletteTrnsLongerThanThePalette_isIgnoredAsLibpngDoes() throws Exception {
        byte[] png = new PngWriter(4, 1, 8, PngWriter.PALETTE).chunk("PLTE", new byte[] {(byte) 255, 0, 0, 0, 0, (byte) 255})
                .chunk("tRNS", new byte[] {0, 0, 0}).encode((x, y) -> new int[] {x % 2});

        PngImage decoded = PngDecoder.decode(png, 2, Fixtures.MAX_PIXELS);

        assertFalse(decoded.hasAlpha());
        assertEquals(BufferedImage.TYPE_INT_RGB, decoded.image().getType());
        assertEquals(0xFF800080, decoded.image().getRGB(0, 0));
    }

    @Test
    void decode_paletteTrnsShorterThanThePalette_leavesTheRestOpaque() throws Exception {
        byte[] png = new PngWriter(3, 1, 2, PngWriter.PALETTE).chunk("PLTE", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9})
                .chunk("tRNS", new byte[] {64}).encode((x, y) -> new int[] {x});

        BufferedImage image = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image();

        assertEquals(0x40010203, image.getRGB(0, 0));
        assertEquals(0xFF040506, image.getRGB(1, 0));
        assertEquals(0xFF070809, image.getRGB(2, 0));
    }

    @Test
    void decode_indexPastThePalette_isOpaqueBlackAsLibpngAndBrowsersShowIt() throws Exception {
        byte[] png = new PngWriter(4, 1, 4, PngWriter.PALETTE).chunk("PLTE", new byte[] {(byte) 200, 100, 50})
                .encode((x, y) -> new int[] {x == 0 ? 0 : 9});

        BufferedImage image = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image();

        assertEquals(0xFFC86432, image.getRGB(0, 0));
        assertEquals(0xFF000000, image.getRGB(3, 0));
    }

    @Test
    void decode_reducedCellHalfTransparent_takesItsColourOnlyFromTheOpaquePixels() throws Exception {
        byte[] png = new PngWriter(2, 2, 8, PngWriter.RGBA).encode((x, y) -> x == 0 ? new int[] {255, 255, 255, 255} : new int[] {0, 0, 0, 0});

        BufferedImage image = PngDecoder.decode(png, 2, Fixtures.MAX_PIXELS).image();

        assertEquals(0x80FFFFFF, image.getRGB(0, 0));
    }

    /** 0.45, 0.45 and 1.45 levels: rounded first they average to 1/3 (0); averaged first, to 0.78 (1). */
    @Test
    void decode_reducedSixteenBit_averagesBeforeRoundingTo8Bits() throws Exception {
        byte[] png = new PngWriter(3, 1, 16, PngWriter.GREY).encode((x, y) -> new int[] {x < 2 ? 116 : 373});

        BufferedImage image = PngDecoder.decode(png, 3, Fixtures.MAX_PIXELS).image();

        assertEquals(1, image.getRaster().getSample(0, 0, 0));
    }
}
