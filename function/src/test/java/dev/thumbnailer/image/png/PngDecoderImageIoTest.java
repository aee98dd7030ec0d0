package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests against the JDK PNG reader on the classes it decodes correctly: every colour
 * type and bit depth, sequential and Adam7, valid tRNS chunks, palettes shorter than 2^depth. At
 * reduce 1 every pixel agrees exactly; reduced, each pixel is the alpha-weighted box average of the
 * reader's full decode within one level.
 */
class PngDecoderImageIoTest {

    static Stream<Arguments> layouts() {
        int[][] typeDepths = {{0, 1}, {0, 2}, {0, 4}, {0, 8}, {0, 16}, {2, 8}, {2, 16}, {3, 1}, {3, 2}, {3, 4}, {3, 8},
                {4, 8}, {4, 16}, {6, 8}, {6, 16}};
        List<Arguments> cases = new ArrayList<>();
        for (int[] td : typeDepths) {
            for (boolean interlaced : new boolean[] {false, true}) {
                for (int[] size : new int[][] {{37, 23}, {1, 1}, {5, 3}}) {
                    cases.add(Arguments.of(td[0], td[1], interlaced, size[0], size[1], ""));
                }
                if (td[0] == 3) {
                    cases.add(Arguments.of(td[0], td[1], interlaced, 37, 23, "tRNS"));
                    cases.add(Arguments.of(td[0], td[1], interlaced, 37, 23, "short palette"));
                }
                if ((td[0] == 0 || td[0] == 2) && td[1] >= 8) {
                    cases.add(Arguments.of(td[0], td[1], interlaced, 37, 23, "tRNS"));
                }
            }
        }
        return cases.stream();
    }

    static byte[] fixture(int type, int depth, boolean interlaced, int width, int height, String variant) {
        int entries = type == PngWriter.PALETTE ? (variant.equals("short palette") ? Math.max(1, (1 << depth) / 2 - 1) : 1 << depth) : 0;
        PngWriter writer = new PngWriter(width, height, depth, type).interlaced(interlaced);
        if (type == PngWriter.PALETTE) {
            writer.chunk("PLTE", Fixtures.palette(entries));
        }
        if (variant.equals("tRNS")) {
            writer.chunk("tRNS", switch (type) {
                case PngWriter.PALETTE -> java.util.Arrays.copyOf(new byte[] {0, (byte) 128, (byte) 255}, Math.min(3, entries));
                case PngWriter.GREY -> Fixtures.u16s(Fixtures.sample(3, 0, 0, depth));
                default -> Fixtures.u16s(Fixtures.sample(3, 0, 0, depth), Fixtures.sample(3, 0, 1, depth), Fixtures.sample(3, 0, 2, depth));
            });
        }
        return writer.encode(Fixtures.pattern(type, depth, Math.max(1, entries)));
    }

    @ParameterizedTest(name = "type {0}, {1} bits, interlaced {2}, {3}x{4} {5}")
    @MethodSource("layouts")
    void decode_atFullSize_matchesImageIoExactly(int type, int depth, boolean interlaced, int width, int height, String variant) throws Exception {
        byte[] png = fixture(type, depth, interlaced, width, height, variant);
        int[][] expected = ImageIoReference.decode(png);

        PngImage decoded = PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS);

        BufferedImage image = decoded.image();
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        boolean alpha = type == 4 || type == 6 || variant.equals("tRNS");
        assertEquals(alpha, decoded.hasAlpha());
        assertEquals(alpha, image.getColorModel().hasAlpha());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(Integer.toHexString(expected[y][x]), Integer.toHexString(Fixtures.argb(image, x, y)), "pixel " + x + "," + y);
            }
        }
    }

    @ParameterizedTest(name = "type {0}, {1} bits, interlaced {2}, {3}x{4} {5}")
    @MethodSource("layouts")
    void decode_reduced_isTheAlphaWeightedBoxAverageOfImageIosDecode(int type, int depth, boolean interlaced, int width, int height, String variant)
            throws Exception {
        assertIsTheBoxAverage(fixture(type, depth, interlaced, width, height, variant), 3, width, height);
    }

    /** 8-bit RGB and RGBA rows are summed straight from the scanline bytes, with unrolled loops at 2 and 3. */
    @ParameterizedTest(name = "type {0}, reduce {1}, {2}x{3}")
    @CsvSource({"2, 2, 37, 23", "2, 2, 36, 22", "2, 3, 37, 23", "2, 3, 36, 21", "6, 2, 37, 23", "6, 2, 36, 22", "6, 3, 37, 23", "6, 4, 37, 23"})
    void decode_reduced8BitRgbOrRgba_isTheAlphaWeightedBoxAverageAtEachFactor(int type, int reduce, int width, int height) throws Exception {
        assertIsTheBoxAverage(fixture(type, 8, false, width, height, ""), reduce, width, height);
    }

    private static void assertIsTheBoxAverage(byte[] png, int reduce, int width, int height) throws Exception {
        double[][][] expected = ImageIoReference.boxAverage(ImageIoReference.decode(png), reduce);

        BufferedImage image = PngDecoder.decode(png, reduce, Fixtures.MAX_PIXELS).image();

        assertEquals((width + reduce - 1) / reduce, image.getWidth());
        assertEquals((height + reduce - 1) / reduce, image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = Fixtures.argb(image, x, y);
                double[] want = expected[y][x];
                assertTrue(Math.abs((argb >>> 24) - want[3]) <= 1, "alpha at " + x + "," + y + ": " + (argb >>> 24) + " vs " + want[3]);
                if ((argb >>> 24) > 0) {
                    for (int c = 0; c < 3; c++) {
                        int got = argb >> (16 - 8 * c) & 0xFF;
                        assertTrue(Math.abs(got - want[c]) <= 1, "channel " + c + " at " + x + "," + y + ": " + got + " vs " + want[c]);
                    }
                }
            }
        }
    }
}
