package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fuzz seeds made with this kit (the fuzz module cannot see it): arithmetic-coded JPEGs
 * in every layout the decoder reads, the real-world quirks of {@link QuirkyFiles}, and animated PNGs
 * (every dispose and blend op, a hidden default image, a palette, damaged animations). Run once and
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

        Path png = Files.createDirectories(root.resolve("PngDecoderFuzzTestInputs/decode"));
        for (Path dir : new Path[] {render, png}) {
            writeApngs(dir);
        }

        Path decode = Files.createDirectories(root.resolve("ScaledJpegFuzzTestInputs/decode"));
        BufferedImage small = JpegFixtures.photo(45, 27, 11);
        write(decode, "arithmetic-sequential-420.jpg", ArithmeticJpegs.sequential(small, false, true, 0));
        write(decode, "arithmetic-sequential-444-restart-1.jpg", ArithmeticJpegs.sequential(small, false, false, 1));
        write(decode, "arithmetic-sequential-grey.jpg", ArithmeticJpegs.sequential(small, true, false, 0));
        write(decode, "arithmetic-progressive-420-dac.jpg", ArithmeticJpegs.progressive(small, false, true, 0));
        write(decode, "arithmetic-progressive-grey-restart-2.jpg", ArithmeticJpegs.progressive(small, true, false, 2));
        write(decode, "progressive-dc-scan-only.jpg", QuirkyFiles.progressiveJpegWithOnlyItsDcScan(45, 27));
    }

    private static void writeApngs(Path dir) throws IOException {
        PngBytes.Pixels stripes = (x, y) -> new int[] {x * 16, y * 20, 255 - x * 16, x % 3 == 0 ? 0 : 255};
        PngBytes.Pixels square = (x, y) -> new int[] {255, 0, 0, x == y ? 128 : 255};
        write(dir, "apng-3-frames-dispose-background-blend-over.png", new PngBytes.Apng(16, 12, PngBytes.RGBA).plays(2)
                .frame(1, 10, stripes)
                .frame(2, 2, 8, 6, 1, 0, PngBytes.Apng.BACKGROUND, PngBytes.Apng.OVER, square)
                .frame(5, 4, 11, 8, 3, 100, PngBytes.Apng.NONE, PngBytes.Apng.OVER, stripes).encode());
        write(dir, "apng-dispose-previous-blend-source.png", new PngBytes.Apng(16, 12, PngBytes.RGBA)
                .frame(0, 0, 16, 12, 1, 10, PngBytes.Apng.PREVIOUS, PngBytes.Apng.SOURCE, stripes)
                .frame(4, 4, 6, 6, 1, 10, PngBytes.Apng.PREVIOUS, PngBytes.Apng.SOURCE, square)
                .frame(0, 0, 3, 3, 1, 10, PngBytes.Apng.NONE, PngBytes.Apng.OVER, square).encode());
        write(dir, "apng-default-image-not-in-animation.png", new PngBytes.Apng(16, 12, PngBytes.RGB)
                .hiddenDefaultImage((x, y) -> new int[] {255, 255, 255})
                .frame(1, 10, (x, y) -> new int[] {x * 16, 0, 0})
                .frame(8, 6, 8, 6, 1, 10, PngBytes.Apng.NONE, PngBytes.Apng.SOURCE, (x, y) -> new int[] {0, y * 40, 0}).encode());
        write(dir, "apng-palette-trns.png", new PngBytes.Apng(16, 12, PngBytes.PALETTE)
                .chunk("PLTE", new byte[] {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255}).chunk("tRNS", new byte[] {(byte) 255, 0})
                .frame(1, 10, (x, y) -> new int[] {(x + y) % 3})
                .frame(3, 3, 5, 5, 1, 10, PngBytes.Apng.BACKGROUND, PngBytes.Apng.OVER, (x, y) -> new int[] {x % 2}).encode());
        write(dir, "apng-corrupt-fdat-in-frame-3.png", new PngBytes.Apng(16, 12, PngBytes.RGBA)
                .frame(1, 10, stripes).frame(1, 10, square).frame(1, 10, stripes).corruptData(2).encode());
        write(dir, "apng-broken-sequence-numbers.png", new PngBytes.Apng(16, 12, PngBytes.RGBA)
                .frame(1, 10, stripes).frame(1, 10, square).sequenceGapAt(1).encode());
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        System.out.printf("%6d  %s%n", bytes.length, dir.resolve(name));
    }
}
