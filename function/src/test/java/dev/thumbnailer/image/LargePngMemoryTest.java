package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.thumbnailer.testkit.PngBytes;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory bound that sizes the function (docs/performance.md, "Memory and timeout"): a large PNG
 * goes through the whole pipeline, decode, resize and both encodes, allocating about the reduced
 * image, never the original's area. Counted as bytes this thread allocates during one render, which
 * does not depend on timing or on the collector: a PNG decoded whole would allocate at least its
 * width × height × 4 bytes of ARGB, here 64 MB, and fail the bound by far (the streamed
 * render allocated 12 MB when this was written).
 */
class LargePngMemoryTest {

    private static final int WIDTH = 8_000;
    private static final int HEIGHT = 2_000;
    /** The reduced decode (1/3: 2667 × 667 ARGB, 7.1 MB), the resizer's steps and the encodes, with room for their changes. */
    private static final long BOUND = 32L << 20;

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)),
            new SourceLimits(100_000_000L, 200), 85);

    @ParameterizedTest(name = "{0} bits per sample")
    @ValueSource(ints = {8, 16})
    void render_16MegapixelRgbaPng_allocatesAboutTheReducedImageNotTheOriginal(int bitDepth) throws Exception {
        pipeline.render("warm-up.png", gradientPng(WIDTH / 10, HEIGHT / 10, bitDepth)); // class loading allocates too
        byte[] png = gradientPng(WIDTH, HEIGHT, bitDepth);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        List<Thumbnail> thumbnails = pipeline.render("large.png", png);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals(List.of("128x32", "512x128"), thumbnails.stream().map(t -> t.width() + "x" + t.height()).toList());
        assertTrue(allocated < BOUND, "rendering a " + WIDTH + "x" + HEIGHT + " PNG allocated " + allocated + " bytes; decoded whole it is "
                + 4L * WIDTH * HEIGHT + " bytes of ARGB");
    }

    /**
     * RGBA with a horizontal gradient, every row alike: the first row unfiltered, the others with
     * the Up filter, so their filtered bytes are all zero and the file stays small (a few hundred KB)
     * while the decoder still inflates, unfilters and averages every pixel. Deflated row by row, so
     * the test never holds the raw image either.
     */
    private static byte[] gradientPng(int width, int height, int bitDepth) throws Exception {
        int bytesPerPixel = 4 * bitDepth / 8;
        byte[] first = new byte[1 + width * bytesPerPixel];
        for (int x = 0; x < width; x++) {
            int at = 1 + x * bytesPerPixel;
            int[] rgba = {x * 255 / (width - 1), 255 - x * 255 / (width - 1), 128, 255};
            for (int c = 0; c < 4; c++) {
                first[at + c * bytesPerPixel / 4] = (byte) rgba[c];
                if (bitDepth == 16) {
                    first[at + 2 * c + 1] = (byte) rgba[c];
                }
            }
        }
        byte[] up = new byte[first.length];
        up[0] = 2; // filter type Up: each byte the one above plus zero
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            out.write(first);
            for (int y = 1; y < height; y++) {
                out.write(up);
            }
        } finally {
            deflater.end();
        }
        return new PngBytes(width, height, bitDepth, PngBytes.RGBA).withIdat(compressed.toByteArray());
    }
}
