package dev.thumbnailer.testkit;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import javax.imageio.IIOImage;

/**
 * Four-component JPEG fixtures: cmyk.jpg, cmyk-no-adobe.jpg, ycck.jpg and the same with an
 * embedded press profile. One patch per ink, then paper, each {@code patch} px square. ImageIO has no CMYK writer, but
 * the JDK writer stores a 4-band Raster as it is, so the bytes are prepared the way Photoshop
 * stores them and the markers that say how to read them are added afterwards.
 */
public final class CmykFixtures {

    /** The four CMYK patches of cmyk.jpg and friends, left to right: cyan, magenta, yellow, black, paper. */
    public static final int[][] CMYK_PATCHES = {{255, 0, 0, 0}, {0, 255, 0, 0}, {0, 0, 255, 0}, {0, 0, 0, 255}, {0, 0, 0, 0}};
    private CmykFixtures() {
    }

    /**
     * cmyk.jpg as Photoshop writes it: four components holding inverted ink amounts (255 = no ink)
     * and an Adobe APP14 marker with transform 0.
     */
    public static byte[] cmyk(int patch) {
        return JpegSegments.withAdobe(fourComponents(false, patch), 0);
    }

    /** cmyk-no-adobe.jpg: the same data without APP14; component ids 'C','M','Y','K' say what it is. */
    public static byte[] cmykWithoutAdobe(int patch) {
        return JpegSegments.withComponentIds(fourComponents(false, patch), new byte[] {'C', 'M', 'Y', 'K'});
    }

    /**
     * ycck.jpg: Adobe's other CMYK form (transform 2). Ink amounts of C, M, Y are stored as if they
     * were R, G, B, converted to YCbCr; K is stored inverted, as libjpeg's cmyk_ycck_convert does.
     */
    public static byte[] ycck(int patch) {
        return JpegSegments.withAdobe(fourComponents(true, patch), 2);
    }

    public static byte[] cmykWithProfile(int patch) {
        return JpegSegments.withIccProfile(cmyk(patch), IccProfiles.pressCmyk());
    }

    public static byte[] cmykWithoutAdobeWithProfile(int patch) {
        return JpegSegments.withIccProfile(cmykWithoutAdobe(patch), IccProfiles.pressCmyk());
    }

    public static byte[] ycckWithProfile(int patch) {
        return JpegSegments.withIccProfile(ycck(patch), IccProfiles.pressCmyk());
    }

    private static byte[] fourComponents(boolean ycck, int patch) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, patch * CMYK_PATCHES.length, patch, 4, null);
        for (int p = 0; p < CMYK_PATCHES.length; p++) {
            int[] ink = CMYK_PATCHES[p];
            int[] stored = ycck ? ycbcr(ink[0], ink[1], ink[2], 255 - ink[3])
                    : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]};
            for (int y = 0; y < patch; y++) {
                for (int x = p * patch; x < (p + 1) * patch; x++) {
                    raster.setPixel(x, y, stored);
                }
            }
        }
        // A Raster is written as it is: no colour transform, component ids 1-4, no JFIF or Adobe marker.
        return Fixtures.writeJpeg(new IIOImage(raster, null, null), null);
    }

    /** JFIF's RGB to YCbCr (ITU T.871 §7), the transform Adobe's YCCK applies to the first three channels. */
    private static int[] ycbcr(int r, int g, int b, int k) {
        double y = 0.299 * r + 0.587 * g + 0.114 * b;
        double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        return new int[] {clamp(y), clamp(cb), clamp(cr), k};
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
