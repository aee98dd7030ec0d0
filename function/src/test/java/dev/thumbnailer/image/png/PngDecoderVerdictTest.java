package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whether a file decodes, is refused or is found truncated does not depend on the
 * reduction factor. Every factor reads the same bytes through the same inflater and filters; only
 * the averaging differs. Checked on cuts at every length step and on damaged data with CRCs
 * repaired, so the damage reaches zlib and the filters rather than stopping at a checksum.
 */
class PngDecoderVerdictTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("RGBA 8", new PngWriter(40, 30, 8, PngWriter.RGBA).encode(Fixtures.pattern(6, 8, 0))),
                Arguments.of("RGB 16 Adam7", new PngWriter(21, 17, 16, PngWriter.RGB).interlaced(true).encode(Fixtures.pattern(2, 16, 0))),
                Arguments.of("grey 2 tRNS Adam7", new PngWriter(33, 9, 2, PngWriter.GREY).interlaced(true).chunk("tRNS", Fixtures.u16s(1))
                        .encode(Fixtures.pattern(0, 2, 0))),
                Arguments.of("palette 4", new PngWriter(19, 19, 4, PngWriter.PALETTE).chunk("PLTE", Fixtures.palette(16))
                        .chunk("tRNS", new byte[] {0, 9}).encode(Fixtures.pattern(3, 4, 16))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void verdict_forEveryCutAndDamage_doesNotDependOnTheReduction(String name, byte[] whole) {
        Random random = new Random(name.hashCode());
        int truncated = 0;
        for (int trial = 0; trial < 300; trial++) {
            byte[] input = trial < 150 ? Arrays.copyOf(whole, whole.length * trial / 150)
                    : PngEdits.fixCrcs(PngEdits.flip(whole, 33 + random.nextInt(whole.length - 45)));

            String verdict = verdict(input, 1);

            truncated += verdict.equals("TruncatedPngException") ? 1 : 0;
            for (int reduce : new int[] {2, 3, 7}) {
                assertEquals(verdict, verdict(input, reduce), name + ", trial " + trial + ", reduce " + reduce);
            }
        }
        assertTrue(truncated > 100, name + ": only " + truncated + " truncations");
    }

    private static String verdict(byte[] png, int reduce) {
        try {
            PngDecoder.decode(png, reduce, Fixtures.MAX_PIXELS);
            return "decoded";
        } catch (PngException e) {
            return e.getClass().getSimpleName();
        }
    }
}
