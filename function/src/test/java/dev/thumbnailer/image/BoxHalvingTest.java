package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxHalvingTest {

    @ParameterizedTest(name = "{0}x{1} into {2}x{3} {4}: {5} halvings")
    @CsvSource({
            "1152, 864, 512, 512, FIT, 0", "1152, 864, 128, 128, FIT, 2", "4000, 3000, 512, 512, FIT, 1",
            "480, 270, 512, 512, FIT, 0", "2047, 2047, 512, 512, FIT, 0", "2048, 2048, 512, 512, FIT, 1",
            "4000, 1000, 100, 100, FILL, 2", "4, 4, 1, 1, FIT, 1", "3, 3, 1, 1, FIT, 0"})
    void forCanvas_halvesWhileTheHalvedCropStillHoldsTwiceTheSize(int width, int height, int boxW, int boxH, FitMode mode, int times) {
        assertEquals(times, BoxHalving.forCanvas(width, height, List.of(new ThumbnailSize("s", boxW, boxH, mode))).times(0));
    }

    @Test
    void apply_eachSize_getsTheCanvasHalvedAsFarAsItAllows() {
        List<ThumbnailSize> sizes = List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT),
                new ThumbnailSize("large", 2000, 2000, FitMode.FIT));
        BufferedImage canvas = new BufferedImage(1152, 864, BufferedImage.TYPE_INT_ARGB);

        List<BufferedImage> reduced = BoxHalving.forCanvas(1152, 864, sizes).apply(canvas);

        assertEquals(288, reduced.get(0).getWidth());
        assertEquals(216, reduced.get(0).getHeight());
        assertSame(canvas, reduced.get(1), "no halving fits: the canvas itself");
        assertSame(canvas, reduced.get(2));
    }

    @Test
    void apply_opaqueBlocks_giveTheirRoundedMean() {
        BufferedImage canvas = canvas(4, 4, 0xFF000000, 0xFF030507, 0xFFFFFFFF, 0xFFFFFFFF,
                0xFF0A0B0C, 0xFFFFFFFF, 0xFFFFFFFF, 0xFF000000, 0, 0, 0, 0, 0, 0, 0, 0);

        BufferedImage half = BoxHalving.forCanvas(4, 4, List.of(new ThumbnailSize("s", 1, 1, FitMode.FIT))).apply(canvas).getFirst();

        assertEquals(2, half.getWidth());
        assertEquals(2, half.getHeight());
        assertEquals(0xFF000000 | mean(0x00, 0x03, 0x0A, 0xFF) << 16 | mean(0x00, 0x05, 0x0B, 0xFF) << 8 | mean(0x00, 0x07, 0x0C, 0xFF), half.getRGB(0, 0));
        assertEquals(0xFF000000 | mean(0xFF, 0xFF, 0xFF, 0x00) * 0x010101, half.getRGB(1, 0));
    }

    @Test
    void apply_transparentPixels_lendNoColourAndHalveTheAlpha() {
        BufferedImage canvas = canvas(4, 4, 0xFFFF0000, 0x0000FF00, 0x00000000, 0x00FFFFFF,
                0x000000FF, 0xFFFF0000, 0x00123456, 0x00000000, 0, 0, 0, 0, 0, 0, 0, 0);

        BufferedImage half = BoxHalving.forCanvas(4, 4, List.of(new ThumbnailSize("s", 1, 1, FitMode.FIT))).apply(canvas).getFirst();

        assertEquals(0x80FF0000, half.getRGB(0, 0), "two red of four: half-opaque red, no green or blue from clear pixels");
        assertEquals(0, half.getRGB(1, 0), "all clear stays clear");
    }

    @Test
    void apply_nothingToHalve_returnsTheCanvasItself() {
        BufferedImage canvas = canvas(2, 1, 0xFF112233, 0xFF445566);

        assertSame(canvas, BoxHalving.forCanvas(2, 1, List.of(new ThumbnailSize("s", 8, 8, FitMode.FIT))).apply(canvas).getFirst());
    }

    private static int mean(int a, int b, int c, int d) {
        return (a + b + c + d + 2) / 4;
    }

    private static BufferedImage canvas(int width, int height, int... argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }
}
