package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fuzz seeds made with this kit (the fuzz module cannot see it): arithmetic-coded JPEGs
 * in every layout the decoder reads, and the real-world quirks of {@link QuirkyFiles}. Run once and
 * commit the output (sizes as in fuzz/.../JpegSeeds: the pipeline's seeds large enough for 1/2 with
 * its 48-px boxes, or small enough for a full-size decode; the decoder's small):
 * <pre>java -cp function/target/test-classes:function/target/classes dev.thumbnailer.testkit.FuzzSeedWriter fuzz/src/test/resources/dev/thumbnailer/fuzz</pre>
 */
public final class FuzzSeedWriter {

    private FuzzSeedWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path render = Files.createDirectories(root.resolve("PipelineFuzzTestInputs/render"));
        BufferedImage half = JpegFixtures.photo(160, 96, 11);
        BufferedImage full = JpegFixtures.photo(40, 30, 11);
        write(render, "jpeg-arithmetic-1of2-sequential-420-restart-2.jpg", ArithmeticJpegs.sequential(half, false, true, 2));
        write(render, "jpeg-arithmetic-1of2-progressive-444-dac.jpg", ArithmeticJpegs.progressive(half, false, false, 0));
        write(render, "jpeg-arithmetic-full-size-progressive-420.jpg", ArithmeticJpegs.progressive(full, false, true, 3));
        write(render, "jpeg-arithmetic-full-size-sequential-grey.jpg", ArithmeticJpegs.sequential(full, true, false, 0));
        write(render, "jpeg-icc-profile-cut-short.jpg", QuirkyFiles.jpegWithIccProfileCutShort(40, 30));
        write(render, "jpeg-comment-length-0.jpg", QuirkyFiles.jpegWithCommentLength(40, 30, 0));
        write(render, "jpeg-stray-bytes-after-soi.jpg", QuirkyFiles.jpegWithStrayBytesAfterSoi(40, 30, 5));
        write(render, "jpeg-scaled-1of2-progressive-dc-scan-only.jpg", QuirkyFiles.progressiveJpegWithOnlyItsDcScan(160, 96));
        int[] palette = GifFixtures.PALETTE;
        write(render, "gif-frame-without-any-colour-table.gif", new GifBytes(16, 12)
                .frame(new GifBytes.Frame(0, 0, 16, 12, 10, 1, -1, palette, (x, y) -> x % 4))
                .frame(new GifBytes.Frame(4, 4, 8, 6, 10, 1, -1, null, (x, y) -> y % 4)).bytes());
        write(render, "gif-loop-extension-after-first-frame.gif", new GifBytes(16, 12, palette)
                .frame(GifBytes.Frame.filled(0, 0, 16, 12, 10, 1, 0)).loop(3).frame(GifBytes.Frame.filled(2, 2, 8, 8, 10, 2, 1)).bytes());
        byte[] twoLoops = new GifBytes(16, 12, palette).loop(5)
                .frame(GifBytes.Frame.filled(0, 0, 16, 12, 10, 1, 0)).frame(GifBytes.Frame.filled(2, 2, 8, 8, 10, 2, 1)).loop(0).bytes();
        write(render, "gif-two-loop-extensions.gif", twoLoops);
        byte[] threeFrames = new GifBytes(16, 12, palette).loop(0).frame(GifBytes.Frame.filled(0, 0, 16, 12, 10, 1, 0))
                .frame(GifBytes.Frame.filled(2, 2, 8, 8, 10, 2, 1)).frame(GifBytes.Frame.filled(4, 4, 12, 8, 10, 1, 2)).bytes();
        write(render, "gif-corrupt-lzw-in-frame-3.gif", QuirkyFiles.withCorruptLzwInFrame(threeFrames, 3));

        Path decode = Files.createDirectories(root.resolve("ScaledJpegFuzzTestInputs/decode"));
        BufferedImage small = JpegFixtures.photo(45, 27, 11);
        write(decode, "arithmetic-sequential-420.jpg", ArithmeticJpegs.sequential(small, false, true, 0));
        write(decode, "arithmetic-sequential-444-restart-1.jpg", ArithmeticJpegs.sequential(small, false, false, 1));
        write(decode, "arithmetic-sequential-grey.jpg", ArithmeticJpegs.sequential(small, true, false, 0));
        write(decode, "arithmetic-progressive-420-dac.jpg", ArithmeticJpegs.progressive(small, false, true, 0));
        write(decode, "arithmetic-progressive-grey-restart-2.jpg", ArithmeticJpegs.progressive(small, true, false, 2));
        write(decode, "progressive-dc-scan-only.jpg", QuirkyFiles.progressiveJpegWithOnlyItsDcScan(45, 27));
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        System.out.printf("%6d  %s%n", bytes.length, dir.resolve(name));
    }
}
