package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    /**
     * A 3×2 image whose stored top-left pixel is red. Each EXIF orientation says where that pixel
     * must end up once upright (per the TIFF/EXIF spec's row-0/column-0 table).
     */
    @ParameterizedTest(name = "orientation {0}: stored top-left goes to ({1},{2}) of a {3}x{4} image")
    @CsvSource({
            "1, 0, 0, 3, 2",
            "2, 2, 0, 3, 2",
            "3, 2, 1, 3, 2",
            "4, 0, 1, 3, 2",
            "5, 0, 0, 2, 3",
            "6, 1, 0, 2, 3",
            "7, 1, 2, 2, 3",
            "8, 0, 2, 2, 3",
    })
    void apply_eachOrientation_movesTheStoredTopLeftPixelWhereTheSpecSays(int exif, int x, int y, int width, int height) {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage stored = new BufferedImage(3, 2, type);
            stored.setRGB(0, 0, 0xFFFF0000);

            BufferedImage upright = Orientation.fromExif(exif).apply(stored);

            assertEquals(width, upright.getWidth());
            assertEquals(height, upright.getHeight());
            assertEquals(0xFFFF0000, upright.getRGB(x, y), "type " + type);
        }
    }

    @ParameterizedTest
    @CsvSource({"6", "3"})
    void apply_greyImage_staysGrey(int exif) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        stored.getRaster().setSample(0, 0, 0, 200);

        BufferedImage upright = Orientation.fromExif(exif).apply(stored);

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, upright.getType());
        int[] corner = exif == 6 ? new int[] {1, 0} : new int[] {2, 1};
        assertEquals(200, upright.getRaster().getSample(corner[0], corner[1], 0));
    }
}
