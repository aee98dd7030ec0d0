package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.config.FitMode;
import dev.thumbnailer.config.ThumbnailSize;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** exif-orientation-1..8.jpg through the whole pipeline: upright, mirrored ones included, sized after rotation. */
class OrientationPipelineTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)), 100_000_000L, 90, 200);

    @ParameterizedTest(name = "exif-orientation-{0}.jpg -> {1}x{2}")
    @CsvSource({
            "1, 128, 96", "2, 128, 96", "3, 128, 96", "4, 128, 96",
            "5, 96, 128", "6, 96, 128", "7, 96, 128", "8, 96, 128"})
    void render_exifOrientation_isUprightWithMarkedCornersInPlace(int orientation, int width, int height) throws Exception {
        List<Thumbnail> thumbnails = pipeline.render("phone.jpg", Fixtures.exifOrientation(orientation));

        for (Thumbnail thumbnail : thumbnails) {
            BufferedImage t = TestImages.decode(thumbnail.bytes());
            int w = t.getWidth();
            int h = t.getHeight();
            int inset = w / 25;
            assertCorner(Fixtures.TOP_LEFT, t, inset, inset, "top-left");
            assertCorner(Fixtures.TOP_RIGHT, t, w - 1 - inset, inset, "top-right");
            assertCorner(Fixtures.BOTTOM_LEFT, t, inset, h - 1 - inset, "bottom-left");
            assertCorner(Fixtures.BACKGROUND, t, w - 1 - inset, h - 1 - inset, "bottom-right");
        }
        assertEquals(width, thumbnails.getFirst().width());
        assertEquals(height, thumbnails.getFirst().height());
        assertEquals(width * 3 / 4 == height ? 400 : 300, thumbnails.get(1).width(), "never upscaled: medium is the upright original");
    }

    private static void assertCorner(int expected, BufferedImage t, int x, int y, String corner) {
        ColourTest.assertClose(expected, ColourTest.rgb(t.getRGB(x, y)), 40, corner + " of " + t.getWidth() + "x" + t.getHeight());
    }
}
