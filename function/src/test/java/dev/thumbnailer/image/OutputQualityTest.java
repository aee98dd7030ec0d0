package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thumbnails against a high-quality reference downscale: the full-resolution decode reduced by an
 * exact area average (every source pixel weighted by how much of it falls in the output pixel).
 *
 * <p>The original is a zone plate: concentric rings whose frequency rises from zero at the top-left
 * corner to the source's Nyquist limit at the bottom-right. Where the rings are finer than the
 * thumbnail can show, a correct downscale gives flat mid-grey; a downscale that aliases (point
 * sampling, a too-coarse reduced decode) paints false rings there instead, which is exactly what
 * "visible aliasing" looks like. Where the rings are coarse enough to show, they must be kept.
 *
 * <p>Measured on this plate for the 512 px thumbnail (stop band mean / p99 grey levels off the
 * reference; the test prints every figure): a plain point-sampled downscale 65.6 / 116;
 * Thumbnailator's default call on the full decode 2.6 / 15; {@code vipsthumbnail} on the PNG 4.2 /
 * 22 (below). The resizer's last step is an exact area average ({@link AreaResampler}), the
 * reference's own filter, so what remains is the reduced decode's: ours from the PNG area-reduced
 * to 2× the thumbnail per axis 2.4 / 16 (with the bilinear step it replaced, 2.6 / 15 from the
 * full decode, 4.96 from a 2× decode); from the 1/4 DCT-domain JPEG decode 4.9 / 24, the 8×8
 * blocks' own leak (finer rings alias into each block's lowest frequencies by their phase
 * against the block grid; the bilinear step gave 6.2 / 28); a GIF box-halved to 2.9× and
 * area-averaged 2.4 / 16 (box-halved to 1.46× and one bilinear step: 6.9 / 29). The tolerances
 * below sit above what each decode path measures, so a regression towards point sampling (a
 * coarser decode, a lost filter) fails.
 */
class OutputQualityTest {

    private static final int WIDTH = 3000;
    private static final int HEIGHT = 2000;
    private static final List<ThumbnailSize> DEFAULT_SIZES = List.of(
            new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT));

    /** Thumbnail frequencies above this (cycles per thumbnail pixel; Nyquist is 0.5) must be flat. */
    private static final double STOP_BAND = 0.75;
    /** Below this the rings must survive, close to the reference. */
    private static final double PASS_BAND = 0.2;

    /** The whole decode or one area-reduced to twice the thumbnail (PNG), and JPEGs too small to reduce. */
    private static final Tolerance FULL_DECODE = new Tolerance(3.5, 18, 1.5);
    /** Decoded at 1/2, 1/4 or 1/8 in the DCT domain (most JPEGs), or box-halved to under four times the size (GIF frames). */
    private static final Tolerance HALVED_OR_DCT_REDUCED = new Tolerance(7, 30, 3);
    /** ImageIO's point subsampling at twice the pixels per axis: only JPEGs the scaled decoder leaves alone (CMYK, arithmetic, 12-bit). */
    private static final Tolerance POINT_SUBSAMPLED = new Tolerance(11, 45, 6);

    /**
     * {@code vipsthumbnail plate.png --size 512x512} (and 128x128) on this plate written as a PNG,
     * libvips 8.14.1 (Debian bookworm's libvips-tools), measured by this class's {@link Bands}:
     * the PNG path must filter at least as well as libvips does.
     */
    private static final double VIPS_PNG_STOP_BAND_MEDIUM = 4.18;
    private static final double VIPS_PNG_STOP_BAND_SMALL = 0.75;

    private static final BufferedImage ZONE_PLATE = zonePlate(WIDTH, HEIGHT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline", "progressive"})
    void render_jpegZonePlate_matchesAreaAverageReferenceWithoutAliasing(String kind) throws Exception {
        byte[] jpeg = jpeg(ZONE_PLATE, kind.equals("progressive"));
        BufferedImage full = TestImages.decode(jpeg);

        List<Thumbnail> thumbnails = new ThumbnailPipeline(DEFAULT_SIZES, new SourceLimits(100_000_000L, 200), 95).render("plate.jpg", jpeg);

        for (Thumbnail thumbnail : thumbnails) {
            assertLooksLikeReference(kind + " " + thumbnail.size().name(), TestImages.decode(thumbnail.bytes()), full, HALVED_OR_DCT_REDUCED);
        }
    }

    @Test
    void render_pngZonePlate_matchesAreaAverageReferenceWithoutAliasing() throws Exception {
        byte[] png = TestImages.encode(ZONE_PLATE, "png");

        List<Thumbnail> thumbnails = new ThumbnailPipeline(DEFAULT_SIZES, new SourceLimits(100_000_000L, 200), 85).render("plate.png", png);

        for (Thumbnail thumbnail : thumbnails) {
            Bands bands = assertLooksLikeReference("png " + thumbnail.size().name(), TestImages.decode(thumbnail.bytes()), ZONE_PLATE, FULL_DECODE);
            double vips = thumbnail.size().name().equals("small") ? VIPS_PNG_STOP_BAND_SMALL : VIPS_PNG_STOP_BAND_MEDIUM;
            assertTrue(bands.stopBandMean() <= vips, "png " + thumbnail.size().name() + ": more false detail than vipsthumbnail's " + vips + ": " + bands);
        }
    }

    /**
     * GIF frames are box-halved (BoxHalving) down to under four times the thumbnail, then the area
     * average finishes: the same standard as a reduced JPEG decode. The plate's 201 grey levels fit a
     * palette, so palette mapping adds nothing here.
     */
    @Test
    void render_gifZonePlate_matchesAreaAverageReferenceWithoutAliasing() throws Exception {
        byte[] gif = TestImages.encode(ZONE_PLATE, "gif");
        BufferedImage full = TestImages.decode(gif);

        List<Thumbnail> thumbnails = new ThumbnailPipeline(DEFAULT_SIZES, new SourceLimits(100_000_000L, 200), 85).render("plate.gif", gif);

        for (Thumbnail thumbnail : thumbnails) {
            assertLooksLikeReference("gif " + thumbnail.size().name(), TestImages.decode(thumbnail.bytes()), full, HALVED_OR_DCT_REDUCED);
        }
    }

    /** JPEGs the scaled decoder leaves to ImageIO (CMYK, arithmetic, 12-bit…) are point-subsampled, with twice the margin. */
    @Test
    void imageIoSubsampledPath_zonePlate_matchesAreaAverageReferenceWithoutAliasing() throws Exception {
        byte[] jpeg = jpeg(ZONE_PLATE, false);
        ImageHeader header = new ImageHeader(ImageFormat.JPEG, WIDTH, HEIGHT, 1, Orientation.NORMAL);
        int factor = Subsampling.factorFor(header, DEFAULT_SIZES);
        BufferedImage decoded = ImageIoDecoder.decode(jpeg, header, factor, new java.util.ArrayList<>());

        List<ResizedImage> resized = Resizer.resizeAll(decoded, WIDTH, HEIGHT, Orientation.NORMAL, DEFAULT_SIZES);

        assertTrue(factor > 1, "the path under test subsamples: factor " + factor);
        BufferedImage full = TestImages.decode(jpeg);
        for (ResizedImage r : resized) {
            assertLooksLikeReference("ImageIO 1/" + factor + " " + r.size().name(), r.image(), full, POINT_SUBSAMPLED);
        }
    }

    /** The check itself: a plain point-sampled downscale of the same plate must fail it. */
    @Test
    void pointSampledZonePlate_isCaughtAsAliased() {
        BufferedImage naive = pointSample(ZONE_PLATE, 512, 341);

        Bands bands = Bands.measure(naive, areaAverage(ZONE_PLATE, 512, 341), WIDTH);

        assertTrue(bands.stopBandMean() > POINT_SUBSAMPLED.stopBandMean() * 4, "point sampling should paint false rings: " + bands);
    }

    private static Bands assertLooksLikeReference(String what, BufferedImage thumbnail, BufferedImage full, Tolerance tolerance) {
        Bands bands = Bands.measure(thumbnail, areaAverage(full, thumbnail.getWidth(), thumbnail.getHeight()), full.getWidth());
        System.out.println("OutputQualityTest " + what + ": " + bands); // the figures the class comment quotes
        assertTrue(bands.stopBandMean() <= tolerance.stopBandMean() && bands.stopBandP99() <= tolerance.stopBandP99(),
                what + ": false detail where the reference is flat: " + bands);
        assertTrue(bands.passBandMean() <= tolerance.passBandMean(), what + ": coarse rings not kept: " + bands);
        return bands;
    }

    /** Largest allowed differences from the reference, in grey levels. */
    record Tolerance(double stopBandMean, int stopBandP99, double passBandMean) {
    }

    /**
     * Mean and 99th percentile of |thumbnail − reference| (grey levels) in the stop band and the
     * pass band, where the band is the zone plate's local frequency at that pixel, in cycles per
     * thumbnail pixel.
     */
    record Bands(double stopBandMean, int stopBandP99, double passBandMean) {

        static Bands measure(BufferedImage thumbnail, BufferedImage reference, int sourceWidth) {
            double ratio = (double) sourceWidth / thumbnail.getWidth();
            int[] stop = new int[256];
            long passSum = 0;
            long passCount = 0;
            for (int y = 0; y < thumbnail.getHeight(); y++) {
                for (int x = 0; x < thumbnail.getWidth(); x++) {
                    double frequency = localFrequency((x + 0.5) * ratio, (y + 0.5) * ratio) * ratio;
                    int difference = Math.abs(grey(thumbnail, x, y) - grey(reference, x, y));
                    if (frequency > STOP_BAND) {
                        stop[difference]++;
                    } else if (frequency < PASS_BAND) {
                        passSum += difference;
                        passCount++;
                    }
                }
            }
            return new Bands(mean(stop), percentile(stop, 0.99), passCount == 0 ? 0 : (double) passSum / passCount);
        }

        @Override
        public String toString() {
            return String.format("stop band mean %.2f, p99 %d; pass band mean %.2f", stopBandMean, stopBandP99, passBandMean);
        }
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) {
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return Fixtures.writeJpeg(new IIOImage(image, null, null), param);
    }

    /** cos(k·r²) about mid-grey; local frequency k·r/π cycles per pixel, reaching 0.5 at the far corner. */
    private static BufferedImage zonePlate(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        double k = Math.PI / (2 * Math.hypot(width, height));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (int) Math.round(128 + 100 * Math.cos(k * ((double) x * x + (double) y * y)));
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    private static double localFrequency(double x, double y) {
        return Math.hypot(x, y) / (2 * Math.hypot(WIDTH, HEIGHT));
    }

    /** Exact area average: each output pixel is the mean of its footprint, partial source pixels weighted by their share. */
    static BufferedImage areaAverage(BufferedImage source, int width, int height) {
        double sx = (double) source.getWidth() / width;
        double sy = (double) source.getHeight() / height;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                double weight = 0;
                for (int yy = (int) (y * sy); yy < Math.min(source.getHeight(), Math.ceil((y + 1) * sy)); yy++) {
                    double wy = Math.min(yy + 1, (y + 1) * sy) - Math.max(yy, y * sy);
                    for (int xx = (int) (x * sx); xx < Math.min(source.getWidth(), Math.ceil((x + 1) * sx)); xx++) {
                        double w = wy * (Math.min(xx + 1, (x + 1) * sx) - Math.max(xx, x * sx));
                        sum += w * grey(source, xx, yy);
                        weight += w;
                    }
                }
                int v = (int) Math.round(sum / weight);
                out.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return out;
    }

    private static BufferedImage pointSample(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, source.getRGB(x * source.getWidth() / width, y * source.getHeight() / height));
            }
        }
        return out;
    }

    /** The green channel: the plate is neutral grey, and a grey JPEG decodes to TYPE_BYTE_GRAY, whose getRGB is not linear in the sample. */
    private static int grey(BufferedImage image, int x, int y) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image.getRaster().getSample(x, y, 0) : image.getRGB(x, y) >> 8 & 0xFF;
    }

    private static double mean(int[] histogram) {
        long count = 0;
        long sum = 0;
        for (int d = 0; d < histogram.length; d++) {
            count += histogram[d];
            sum += (long) d * histogram[d];
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    private static int percentile(int[] histogram, double fraction) {
        long count = 0;
        for (int n : histogram) {
            count += n;
        }
        long seen = 0;
        for (int d = 0; d < histogram.length; d++) {
            seen += histogram[d];
            if (seen >= fraction * count) {
                return d;
            }
        }
        return 0;
    }
}
