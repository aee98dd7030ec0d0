package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class AreaResamplerTest {

    @Test
    void resize_wholeFactor_givesEachCellsRoundedMean() {
        BufferedImage source = image(BufferedImage.TYPE_INT_RGB, 4, 2, 0x000000, 0x030507, 0xFFFFFF, 0xFFFFFF,
                0x0A0B0C, 0xFFFFFF, 0xFFFFFF, 0x000000);

        BufferedImage half = AreaResampler.resize(source, 2, 1);

        assertEquals(0xFF000000 | mean(0x00, 0x03, 0x0A, 0xFF) << 16 | mean(0x00, 0x05, 0x0B, 0xFF) << 8 | mean(0x00, 0x07, 0x0C, 0xFF), half.getRGB(0, 0));
        assertEquals(0xFF000000 | mean(0xFF, 0xFF, 0xFF, 0x00) * 0x010101, half.getRGB(1, 0));
    }

    @Test
    void resize_fractionalRatio_weighsCutPixelsByTheirShare() {
        BufferedImage source = image(BufferedImage.TYPE_BYTE_GRAY, 3, 1, 0, 90, 255);

        BufferedImage out = AreaResampler.resize(source, 2, 1);

        // 1.5 source pixels per output pixel: (0 + 90 / 2) / 1.5 = 30 and (90 / 2 + 255) / 1.5 = 200.
        assertEquals(30, out.getRaster().getSample(0, 0, 0));
        assertEquals(200, out.getRaster().getSample(1, 0, 0));
    }

    @Test
    void resize_transparentPixels_lendNoColour() {
        BufferedImage source = image(BufferedImage.TYPE_INT_ARGB, 4, 1, 0xFFFF0000, 0x0000FF00, 0x00000000, 0x00FFFFFF);

        BufferedImage out = AreaResampler.resize(source, 2, 1);

        assertEquals(0x80FF0000, out.getRGB(0, 0), "one red of two: half-opaque red, no green from the clear pixel");
        assertEquals(0, out.getRGB(1, 0), "all clear stays clear");
    }

    @Test
    void resize_opaqueArgb_givesTheSameMeansAsRgb() {
        int[] pixels = {0xFF000000, 0xFF030507, 0xFFFFFFFF, 0xFF102030, 0xFF0A0B0C, 0xFFFFFFFF, 0xFF808080, 0xFF000000};

        BufferedImage argb = AreaResampler.resize(image(BufferedImage.TYPE_INT_ARGB, 4, 2, pixels), 2, 1);
        BufferedImage rgb = AreaResampler.resize(image(BufferedImage.TYPE_INT_RGB, 4, 2, pixels), 2, 1);

        assertEquals(rgb.getRGB(0, 0), argb.getRGB(0, 0));
        assertEquals(rgb.getRGB(1, 0), argb.getRGB(1, 0));
        assertEquals(BufferedImage.TYPE_INT_ARGB, argb.getType());
    }

    @Test
    void resize_subimage_readsOnlyItsRegion() {
        BufferedImage source = image(BufferedImage.TYPE_INT_RGB, 4, 2, 0xFFFFFF, 0xFFFFFF, 0x102030, 0x102030,
                0xFFFFFF, 0xFFFFFF, 0x102030, 0x102030);

        BufferedImage out = AreaResampler.resize(source.getSubimage(2, 0, 2, 2), 1, 1);

        assertEquals(0xFF102030, out.getRGB(0, 0));
    }

    @Test
    void resize_flatImage_staysFlatAtAnyRatio() {
        BufferedImage source = new BufferedImage(997, 613, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                source.setRGB(x, y, 0x7F3AC1);
            }
        }

        BufferedImage out = AreaResampler.resize(source, 128, 79);

        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                assertEquals(0xFF7F3AC1, out.getRGB(x, y), "at " + x + "," + y);
            }
        }
    }

    @Test
    void handles_onlyDownscalesOfWorkingTypes() {
        assertTrue(AreaResampler.handles(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), 4, 8));
        assertFalse(AreaResampler.handles(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), 16, 4), "an upscale");
        assertFalse(AreaResampler.handles(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR), 4, 4), "not a working type");
    }

    private static int mean(int a, int b, int c, int d) {
        return (a + b + c + d + 2) / 4;
    }

    private static BufferedImage image(int type, int width, int height, int... pixels) {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int i = 0; i < pixels.length; i++) {
            if (type == BufferedImage.TYPE_BYTE_GRAY) {
                image.getRaster().setSample(i % width, i / width, 0, pixels[i]);
            } else {
                image.setRGB(i % width, i / width, pixels[i]);
            }
        }
        return image;
    }
}
