package dev.thumbnailer.image.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.ArithmeticJpegs;
import dev.thumbnailer.testkit.JpegFixtures;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArithmeticJpegTest {

    private static final long LIMIT = 100_000_000L;
    private static final BufferedImage PHOTO = JpegFixtures.photo(203, 141, 7);

    static Stream<Arguments> arithmeticJpegs() {
        return Stream.of(
                Arguments.of("sequential 4:2:0", ArithmeticJpegs.sequential(PHOTO, false, true, 0), false),
                Arguments.of("sequential 4:4:4 restart 5", ArithmeticJpegs.sequential(PHOTO, false, false, 5), false),
                Arguments.of("sequential grey", ArithmeticJpegs.sequential(PHOTO, true, false, 0), true),
                Arguments.of("progressive 4:2:0 with DAC", ArithmeticJpegs.progressive(PHOTO, false, true, 0), false),
                Arguments.of("progressive grey restart 3", ArithmeticJpegs.progressive(PHOTO, true, false, 3), true),
                Arguments.of("progressive 4:4:4 restart 7", ArithmeticJpegs.progressive(PHOTO, false, false, 7), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticJpegs")
    void decode_arithmeticCodedFile_matchesTheSourcePictureAtEveryScale(String name, byte[] jpeg, boolean grey) throws Exception {
        for (int scale : new int[] {1, 2, 4, 8}) {
            BufferedImage decoded = ScaledJpegDecoder.decode(jpeg, scale, LIMIT).orElseThrow().image();

            assertEquals((PHOTO.getWidth() + scale - 1) / scale, decoded.getWidth());
            assertEquals((PHOTO.getHeight() + scale - 1) / scale, decoded.getHeight());
            // At full size 4:2:0 chroma is interpolated from half the samples: the source's colour detail is lost.
            double tolerance = scale == 1 && name.contains("4:2:0") ? 10 : 6;
            assertTrue(meanError(decoded, PHOTO, scale, grey) < tolerance, name + " at 1/" + scale + ": mean error " + meanError(decoded, PHOTO, scale, grey));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticJpegs")
    void decode_arithmeticFileCutShort_isTruncated(String name, byte[] jpeg, boolean grey) {
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);

        assertThrows(TruncatedJpegException.class, () -> ScaledJpegDecoder.decode(cut, 2, LIMIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticJpegs")
    void decode_arithmeticFileWithUnsupportedLayout_isUndecodableWithItsReason(String name, byte[] jpeg, boolean grey) {
        byte[] twelveBit = jpeg.clone();
        twelveBit[sof(jpeg) + 4] = 12;

        UndecodableJpegException e = assertThrows(UndecodableJpegException.class, () -> ScaledJpegDecoder.decode(twelveBit, 2, LIMIT));
        assertTrue(e.getMessage().startsWith("arithmetic-coded, unsupported: precision 12"), e.getMessage());
    }

    private static int sof(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC9 || (jpeg[i + 1] & 0xFF) == 0xCA)) {
                return i;
            }
        }
        throw new AssertionError("no SOF9/SOF10");
    }

    /** Mean absolute difference per channel against the source averaged over scale × scale cells. */
    static double meanError(BufferedImage decoded, BufferedImage source, int scale, boolean grey) {
        double total = 0;
        int count = 0;
        for (int y = 0; y < decoded.getHeight(); y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                int[] expected = new int[3];
                int n = 0;
                for (int dy = 0; dy < scale && y * scale + dy < source.getHeight(); dy++) {
                    for (int dx = 0; dx < scale && x * scale + dx < source.getWidth(); dx++) {
                        int rgb = source.getRGB(x * scale + dx, y * scale + dy);
                        for (int c = 0; c < 3; c++) {
                            expected[c] += rgb >> (16 - 8 * c) & 0xFF;
                        }
                        n++;
                    }
                }
                int actual = grey ? decoded.getRaster().getSample(x, y, 0) * 0x010101 : decoded.getRGB(x, y); // getRGB would apply a gamma to grey
                for (int c = 0; c < 3; c++) {
                    int e = expected[c] / n;
                    if (grey) {
                        e = (int) Math.round(0.299 * expected[0] / n + 0.587 * expected[1] / n + 0.114 * expected[2] / n);
                    }
                    total += Math.abs((actual >> (16 - 8 * c) & 0xFF) - e);
                    count++;
                }
            }
        }
        return total / count;
    }
}
