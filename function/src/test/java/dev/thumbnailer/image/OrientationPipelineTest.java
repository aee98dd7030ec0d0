package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * exif-orientation-1..8.jpg through the whole pipeline with the default sizes: upright, mirrored
 * ones included, sized after rotation. Stored 400×300 the JPEG is decoded whole by ImageIO; stored
 * 1600×1200 it is reduced by the scaled decoder, which also leaves orientation to the renderer.
 */
class OrientationPipelineTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 90);

    static Stream<Arguments> orientations() {
        return Stream.of(new int[] {400, 300}, new int[] {1600, 1200}).flatMap(stored -> IntStream.rangeClosed(1, 8).mapToObj(n -> {
            boolean quarterTurn = n >= 5;
            int small = 128 * 3 / 4;
            int medium = Math.min(512, stored[0]); // never upscaled: a 400-px original stays 400 px
            return Arguments.of(n, stored[0], stored[1], stored[0] == 400 ? DecoderPath.IMAGEIO : DecoderPath.SCALED,
                    quarterTurn ? new int[] {small, 128, medium * 3 / 4, medium} : new int[] {128, small, medium, medium * 3 / 4});
        }));
    }

    @ParameterizedTest(name = "exif-orientation-{0}.jpg stored {1}x{2}, {3}")
    @MethodSource("orientations")
    void render_exifOrientation_isUprightWithMarkedCornersInPlace(int orientation, int storedW, int storedH, DecoderPath path, int[] sizes)
            throws Exception {
        byte[] jpeg = Fixtures.exifOrientation(orientation, storedW, storedH);
        path.assertTakenBy(pipeline, jpeg, "exif-orientation-" + orientation + ".jpg");

        List<Thumbnail> thumbnails = pipeline.render("phone.jpg", jpeg);

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
        assertEquals(List.of(sizes[0], sizes[1], sizes[2], sizes[3]),
                List.of(thumbnails.get(0).width(), thumbnails.get(0).height(), thumbnails.get(1).width(), thumbnails.get(1).height()));
    }

    private static void assertCorner(int expected, BufferedImage t, int x, int y, String corner) {
        ColourTest.assertClose(expected, ColourTest.rgb(t.getRGB(x, y)), 40, corner + " of " + t.getWidth() + "x" + t.getHeight());
    }
}
