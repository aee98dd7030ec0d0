package dev.thumbnailer.image.jpeg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.QuirkyFiles;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockSmoothingTest {

    private static final byte[] DC_ONLY = QuirkyFiles.progressiveJpegWithOnlyItsDcScan(640, 480);

    /** Without smoothing every 8×8 block is one flat colour: at 1/2, a flat 4×4 tile. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void decode_progressiveFileWithOnlyItsDcScan_isSmoothedNotTiled(int scale) throws Exception {
        BufferedImage decoded = ScaledJpegDecoder.decode(DC_ONLY, scale, 100_000_000L).orElseThrow().image();

        assertTrue(flatTiles(decoded, 8 / scale) < 0.5, "flat tiles: " + flatTiles(decoded, 8 / scale));
    }

    /** libjpeg (the JDK's, via ImageIO) smooths too: the scaled decode is close to its full decode, averaged. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void decode_progressiveFileWithOnlyItsDcScan_isCloseToLibjpegsSmoothedDecode(int scale) throws Exception {
        BufferedImage decoded = ScaledJpegDecoder.decode(DC_ONLY, scale, 100_000_000L).orElseThrow().image();
        BufferedImage libjpeg = TestImages.decode(DC_ONLY);

        double error = ArithmeticJpegTest.meanError(decoded, libjpeg, scale, false);
        assertTrue(error < 2.5, "mean error " + error);
    }

    private static double flatTiles(BufferedImage image, int tile) {
        int flat = 0;
        int tiles = 0;
        for (int y = 0; y + tile <= image.getHeight(); y += tile) {
            for (int x = 0; x + tile <= image.getWidth(); x += tile) {
                tiles++;
                flat += isFlat(image, x, y, tile) ? 1 : 0;
            }
        }
        return (double) flat / tiles;
    }

    private static boolean isFlat(BufferedImage image, int x0, int y0, int tile) {
        int first = image.getRGB(x0, y0);
        for (int y = y0; y < y0 + tile; y++) {
            for (int x = x0; x < x0 + tile; x++) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
