package dev.thumbnailer.image.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.JpegFixtures.Sampling;
import dev.thumbnailer.testkit.JpegEdits;
import dev.thumbnailer.testkit.JpegFixtures;
import dev.thumbnailer.testkit.PixelStats;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scaled decoder against ImageIO: its 1/s decode must look like ImageIO's full decode averaged
 * over s×s cells. They are not the same filter (the reduced IDCT drops frequencies, a box average
 * keeps some of them, aliased), so on a noisy photo with hard edges they differ by measured
 * means of 0.2-1.7 levels (p99 ≤ 12, at hard chroma edges) and on a smooth gradient by ≤ 3 anywhere.
 */
class ScaledJpegDecoderTest {

    private static final long LIMIT = 100_000_000L;
    private static final BufferedImage PHOTO = JpegFixtures.photo(1001, 667, 1);

    static Stream<Arguments> photos() {
        List<Arguments> cases = new ArrayList<>();
        for (int s : new int[] {2, 4, 8}) {
            for (Sampling sampling : Sampling.values()) {
                cases.add(Arguments.of("baseline " + sampling, JpegFixtures.jpeg(PHOTO, sampling, false, 0, 0.9f), s));
                cases.add(Arguments.of("progressive " + sampling, JpegFixtures.jpeg(PHOTO, sampling, true, 0, 0.9f), s));
            }
            cases.add(Arguments.of("baseline 4:2:0, restart every 7 MCUs", JpegFixtures.jpeg(PHOTO, Sampling.S420, false, 7, 0.9f), s));
            cases.add(Arguments.of("baseline grey", JpegFixtures.jpeg(JpegFixtures.grey(PHOTO), null, false, 0, 0.9f), s));
            cases.add(Arguments.of("progressive grey", JpegFixtures.jpeg(JpegFixtures.grey(PHOTO), null, true, 0, 0.9f), s));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, 1/{2}")
    @MethodSource("photos")
    void decode_photoLikeJpeg_looksLikeImageIoDecodeAveragedOverCells(String name, byte[] jpeg, int s) {
        BufferedImage reference = PixelStats.boxAverage(TestImages.decode(jpeg), s);

        BufferedImage scaled = decode(jpeg, s);

        PixelStats.Difference difference = PixelStats.difference(scaled, reference);
        assertTrue(difference.mean() <= 2.0 && difference.p99() <= 14, name + ": " + difference);
        assertEquals(name.contains("grey") ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB, scaled.getType());
    }

    @ParameterizedTest(name = "{0}x{1}, 1/{2}")
    @CsvSource({"1001, 667, 2", "1001, 667, 4", "1001, 667, 8", "17, 9, 2", "17, 9, 4", "17, 9, 8", "1, 1, 2", "1, 1, 8", "8, 8, 8", "640, 1, 4"})
    void decode_smoothGradientOfAnySize_isCeilSizedAndWithinThreeLevelsEverywhere(int width, int height, int s) {
        BufferedImage gradient = TestImages.gradient(1001, 667).getSubimage(0, 0, width, height); // same slope at every size
        for (Sampling sampling : Sampling.values()) {
            byte[] jpeg = JpegFixtures.jpeg(gradient, sampling, false, 0, 0.95f);

            BufferedImage scaled = decode(jpeg, s);

            assertEquals((width + s - 1) / s, scaled.getWidth());
            assertEquals((height + s - 1) / s, scaled.getHeight());
            PixelStats.Difference difference = PixelStats.difference(scaled, PixelStats.boxAverage(TestImages.decode(jpeg), s));
            assertTrue(difference.max() <= 3, sampling + ": " + difference);
        }
    }

    /** The JDK writer's progressive script carries the same quantised coefficients: the result must be identical, bit for bit. */
    @ParameterizedTest(name = "1/{0}")
    @ValueSource(ints = {2, 4, 8})
    void decode_progressive_isPixelIdenticalToBaselineOfTheSameImage(int s) {
        for (Sampling sampling : Sampling.values()) {
            assertSamePixels(decode(JpegFixtures.jpeg(PHOTO, sampling, false, 0, 0.9f), s), decode(JpegFixtures.jpeg(PHOTO, sampling, true, 0, 0.9f), s));
        }
        BufferedImage grey = JpegFixtures.grey(PHOTO);
        assertSamePixels(decode(JpegFixtures.jpeg(grey, null, false, 0, 0.9f), s), decode(JpegFixtures.jpeg(grey, null, true, 0, 0.9f), s));
    }

    @ParameterizedTest(name = "every {0} MCUs")
    @ValueSource(ints = {1, 2, 7, 64, 1000})
    void decode_restartIntervals_changeNothing(int interval) {
        for (Sampling sampling : new Sampling[] {Sampling.S420, Sampling.S444}) {
            BufferedImage without = decode(JpegFixtures.jpeg(PHOTO, sampling, false, 0, 0.9f), 4);
            assertSamePixels(without, decode(JpegFixtures.jpeg(PHOTO, sampling, false, interval, 0.9f), 4));
        }
        BufferedImage grey = JpegFixtures.grey(PHOTO);
        assertSamePixels(decode(JpegFixtures.jpeg(grey, null, false, 0, 0.9f), 2), decode(JpegFixtures.jpeg(grey, null, false, interval, 0.9f), 2));
    }

    @ParameterizedTest
    @EnumSource(Sampling.class)
    void decode_jfifAdobeYccOrPlainIds_areAllYcbcr(Sampling sampling) {
        byte[] jfif = JpegFixtures.jpeg(PHOTO, sampling, false, 0, 0.9f);
        BufferedImage expected = decode(jfif, 4);

        assertSamePixels(expected, decode(JpegEdits.withAdobe(JpegEdits.withoutSegment(jfif, 0xE0), 1), 4));
        assertSamePixels(expected, decode(JpegEdits.withoutSegment(jfif, 0xE0), 4)); // ids 1, 2, 3
    }

    static BufferedImage decode(byte[] jpeg, int s) {
        try {
            return ScaledJpegDecoder.decode(jpeg, s, LIMIT).orElseThrow(() -> new AssertionError(refusal(jpeg, s))).image();
        } catch (TruncatedJpegException | UndecodableJpegException e) {
            throw new AssertionError("not decoded: " + e.getMessage(), e);
        }
    }

    /** Why the decoder gives up on {@code jpeg}, or "decoded". */
    static String refusal(byte[] jpeg, int s) {
        try {
            new JpegStream(jpeg, s, LIMIT).decode();
            return "decoded";
        } catch (JpegException e) {
            return e.getMessage();
        }
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getType(), actual.getType());
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        if (expected.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            assertArrayEquals(((DataBufferByte) expected.getRaster().getDataBuffer()).getData(), ((DataBufferByte) actual.getRaster().getDataBuffer()).getData());
        } else {
            assertArrayEquals(((DataBufferInt) expected.getRaster().getDataBuffer()).getData(), ((DataBufferInt) actual.getRaster().getDataBuffer()).getData());
        }
    }
}
