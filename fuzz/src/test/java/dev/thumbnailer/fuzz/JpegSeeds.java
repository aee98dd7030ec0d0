package dev.thumbnailer.fuzz;

import static dev.thumbnailer.testkit.JpegFixtures.Sampling.S420;
import static dev.thumbnailer.testkit.JpegFixtures.Sampling.S422;
import static dev.thumbnailer.testkit.JpegFixtures.Sampling.S440;
import static dev.thumbnailer.testkit.JpegFixtures.Sampling.S444;

import dev.thumbnailer.testkit.ExifJpegs;
import dev.thumbnailer.testkit.JpegEdits;
import dev.thumbnailer.testkit.JpegFixtures;
import dev.thumbnailer.testkit.JpegFixtures.Sampling;
import dev.thumbnailer.testkit.JpegSegments;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the JPEG seeds that reach the scaled decoder, in every variant it decodes: baseline and
 * progressive, 4:2:0, 4:2:2, 4:4:0, 4:4:4 and grey, restart intervals, an ICC profile in one or two
 * chunks, EXIF orientation, Adobe's YCbCr marker instead of JFIF, with the function's test kit.
 * Run once (after {@code mvn -pl fuzz -am test-compile}) and commit the output:
 * <pre>java -cp fuzz/target/test-classes:function/target/test-classes dev.thumbnailer.fuzz.JpegSeeds fuzz/src/test/resources/dev/thumbnailer/fuzz</pre>
 * {@link JpegSeedsTest} checks that this still writes exactly the committed files.
 *
 * <p>{@link PipelineFuzzTest}'s seeds must be large enough for the pipeline to pick a reduced
 * decode with its boxes (48×48 fit, 24×24 fill): at least 136×68 for 1/2, 272×136 for 1/4 and
 * 543×272 for 1/8 (with the default 128/512 boxes 1/2 would need about 730 px). They are flat with
 * one detailed patch, so they stay a few KB while every block type (flat, textured, edges) occurs.
 * {@link ScaledJpegFuzzTest} picks the scale itself, so its seeds are small and cheap.
 */
final class JpegSeeds {

    private static final String RENDER = "PipelineFuzzTestInputs/render/";
    private static final String DECODE = "ScaledJpegFuzzTestInputs/decode/";

    private JpegSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        for (Map.Entry<String, byte[]> seed : seeds().entrySet()) {
            Path file = root.resolve(seed.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, seed.getValue());
            System.out.printf("%6d  %s%n", seed.getValue().length, file);
        }
    }

    /** Every seed by its path below the fuzz tests' resource folder, in the order they are written. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        putRenderSeeds(seeds);
        putDecodeSeeds(seeds);
        return seeds;
    }

    private static void putRenderSeeds(Map<String, byte[]> seeds) {
        seeds.put(RENDER + "jpeg-scaled-1of2-baseline-420.jpg", jpeg(picture(160, 96, false), S420, false, 0));
        seeds.put(RENDER + "jpeg-scaled-1of4-baseline-444.jpg", jpeg(picture(288, 176, false), S444, false, 0));
        seeds.put(RENDER + "jpeg-scaled-1of8-baseline-422-restart-3.jpg", jpeg(picture(560, 288, false), S422, false, 3));
        seeds.put(RENDER + "jpeg-scaled-1of4-progressive-420.jpg", jpeg(picture(288, 176, false), S420, true, 0));
        seeds.put(RENDER + "jpeg-scaled-1of8-progressive-444.jpg", jpeg(picture(560, 288, false), S444, true, 0));
        seeds.put(RENDER + "jpeg-scaled-1of2-progressive-grey.jpg", jpeg(picture(160, 96, true), null, true, 0));
        seeds.put(RENDER + "jpeg-scaled-1of2-grey-restart-1.jpg", jpeg(picture(160, 96, true), null, false, 1));
        seeds.put(RENDER + "jpeg-scaled-1of2-icc-linear-rgb.jpg", withIcc(jpeg(picture(160, 96, false), S420, false, 0), 1));
        seeds.put(RENDER + "jpeg-scaled-1of2-progressive-icc-two-chunks.jpg", withIcc(jpeg(picture(160, 96, false), S420, true, 0), 2));
        seeds.put(RENDER + "jpeg-scaled-1of4-exif-orientation-6.jpg", ExifJpegs.withOrientation(jpeg(picture(176, 288, false), S420, false, 0), 6));
        seeds.put(RENDER + "jpeg-scaled-1of2-adobe-ycc-no-jfif.jpg", adobeInsteadOfJfif(jpeg(picture(160, 96, false), S440, false, 0)));
    }

    private static void putDecodeSeeds(Map<String, byte[]> seeds) {
        for (Sampling s : new Sampling[] {S420, S422, S440, S444}) {
            String name = s.name().substring(1);
            seeds.put(DECODE + "baseline-" + name + ".jpg", jpeg(picture(45, 27, false), s, false, 0));
            seeds.put(DECODE + "progressive-" + name + ".jpg", jpeg(picture(45, 27, false), s, true, 0));
        }
        seeds.put(DECODE + "baseline-grey.jpg", jpeg(picture(45, 27, true), null, false, 0));
        seeds.put(DECODE + "progressive-grey.jpg", jpeg(picture(45, 27, true), null, true, 0));
        seeds.put(DECODE + "baseline-420-restart-1.jpg", jpeg(picture(45, 27, false), S420, false, 1));
        seeds.put(DECODE + "progressive-444-restart-2.jpg", jpeg(picture(45, 27, false), S444, true, 2));
        seeds.put(DECODE + "grey-restart-3.jpg", jpeg(picture(45, 27, true), null, false, 3));
        seeds.put(DECODE + "baseline-420-icc-two-chunks.jpg", withIcc(jpeg(picture(45, 27, false), S420, false, 0), 2));
        seeds.put(DECODE + "baseline-422-adobe-ycc-no-jfif.jpg", adobeInsteadOfJfif(jpeg(picture(45, 27, false), S422, false, 0)));
    }

    /** A flat background with one detailed patch (gradient, hard edges, thin lines) in the top-left. */
    private static BufferedImage picture(int width, int height, boolean grey) {
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 140, 200));
        g.fillRect(0, 0, width, height);
        int patch = Math.min(48, Math.min(width, height));
        g.setPaint(new GradientPaint(0, 0, new Color(230, 60, 40), patch, patch, new Color(40, 200, 90)));
        g.fillRect(0, 0, patch, patch);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1));
        g.drawLine(0, patch - 1, patch - 1, 0);
        g.setColor(Color.BLACK);
        g.fillOval(patch / 4, patch / 4, patch / 3, patch / 3);
        g.dispose();
        return image;
    }

    /** The JDK writer at quality 0.5 with the given luma sampling (null: grey), progressive script and restart interval (0: none). */
    private static byte[] jpeg(BufferedImage image, Sampling sampling, boolean progressive, int restartInterval) {
        return JpegFixtures.jpeg(image, sampling, progressive, restartInterval, 0.5f);
    }

    /** The JDK's linear-RGB profile (488 bytes, not sRGB: the pipeline converts) as APP2 chunks after SOI. */
    private static byte[] withIcc(byte[] jpeg, int chunks) {
        return JpegSegments.withIccProfileInChunks(jpeg, ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData(), chunks);
    }

    /** JFIF's APP0 swapped for Adobe's APP14 with transform 1 (YCbCr), as Photoshop writes. */
    private static byte[] adobeInsteadOfJfif(byte[] jpeg) {
        return JpegEdits.withAdobe(JpegEdits.withoutSegment(jpeg, 0xE0), 1);
    }
}
