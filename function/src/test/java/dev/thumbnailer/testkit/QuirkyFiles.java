package dev.thumbnailer.testkit;

import java.util.Arrays;

/**
 * Files with the defects real-world JPEGs and GIFs have and browsers or libjpeg read through:
 * a cut ICC profile, bogus segment lengths, stray bytes after SOI, GIF frames without a colour
 * table, loop extensions in odd places, a later frame with corrupt LZW data.
 */
public final class QuirkyFiles {

    private QuirkyFiles() {
    }

    /** The Display P3 profile's first half only, in one chunk that says it is the whole profile. */
    public static byte[] jpegWithIccProfileCutShort(int width, int height) {
        byte[] profile = IccProfiles.displayP3();
        return JpegSegments.withIccProfile(TestImages.jpeg(width, height), Arrays.copyOf(profile, profile.length / 2));
    }

    /** A COM segment right after SOI whose length field is {@code length} (0 or 1: shorter than the field itself). */
    public static byte[] jpegWithCommentLength(int width, int height, int length) {
        byte[] jpeg = JpegSegments.insertAfterSoi(TestImages.jpeg(width, height), 0xFE, new byte[0]);
        jpeg[4] = 0;
        jpeg[5] = (byte) length;
        return jpeg;
    }

    /** {@code count} stray bytes (not 0xFF) between SOI and the first marker. */
    public static byte[] jpegWithStrayBytesAfterSoi(int width, int height, int count) {
        byte[] jpeg = TestImages.jpeg(width, height);
        byte[] out = new byte[jpeg.length + count];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        for (int i = 0; i < count; i++) {
            out[2 + i] = (byte) (0x20 + i % 64);
        }
        System.arraycopy(jpeg, 2, out, 2 + count, jpeg.length - 2);
        return out;
    }

    /** Two frames and no global table; the first has a red local table, the second none at all. */
    public static byte[] gifSecondFrameWithoutAnyColourTable() {
        int[] red = {0xFF0000, 0xFF0000, 0xFF0000, 0xFF0000};
        return new GifBytes(GifFixtures.W, GifFixtures.H)
                .frame(new GifBytes.Frame(0, 0, GifFixtures.W, GifFixtures.H, 10, 1, -1, red, (x, y) -> 1))
                .frame(new GifBytes.Frame(0, 0, GifFixtures.W, GifFixtures.H, 10, 1, -1, null, (x, y) -> 1))
                .bytes();
    }

    /** Three frames with the NETSCAPE loop extension after the first (as some editors write it). */
    public static byte[] gifLoopExtensionAfterFirstFrame(int loops) {
        return new GifBytes(GifFixtures.W, GifFixtures.H, GifFixtures.PALETTE)
                .frame(GifBytes.Frame.filled(0, 0, GifFixtures.W, GifFixtures.H, 10, 1, 0))
                .loop(loops)
                .frame(GifBytes.Frame.filled(0, 0, 100, 100, 10, 1, 1))
                .frame(GifBytes.Frame.filled(200, 100, 100, 100, 10, 1, 2))
                .bytes();
    }

    /** Two loop extensions, one before the first frame and one after the last. */
    public static byte[] gifTwoLoopExtensions(int first, int second) {
        return new GifBytes(GifFixtures.W, GifFixtures.H, GifFixtures.PALETTE).loop(first)
                .frame(GifBytes.Frame.filled(0, 0, GifFixtures.W, GifFixtures.H, 10, 1, 0))
                .frame(GifBytes.Frame.filled(0, 0, 100, 100, 10, 1, 1))
                .loop(second)
                .bytes();
    }

    /** {@link GifFixtures#animated3Frames()} with frame {@code n}'s (1-3) LZW codes overwritten by all-ones, impossible codes. */
    public static byte[] gifCorruptLzwInFrame(int n) {
        return withCorruptLzwInFrame(GifFixtures.animated3Frames(), n);
    }

    /** {@code gif} (frames written by {@link GifBytes}) with frame {@code n}'s LZW codes overwritten by all-ones. */
    public static byte[] withCorruptLzwInFrame(byte[] original, int n) {
        byte[] gif = original.clone();
        int third = 0;
        for (int i = 0, images = 0; i < gif.length; i++) {
            if (gif[i] == 0x21 && (gif[i + 1] & 0xFF) == 0xF9 && gif[i + 2] == 4 && gif[i + 7] == 0 && gif[i + 8] == 0x2C && ++images == n) {
                third = i + 8;
                break;
            }
        }
        int data = third + 10 + 2; // descriptor, LZW minimum code size, first sub-block length
        for (int i = 1; i <= 6; i++) {
            gif[data + i] = (byte) 0xFF;
        }
        return gif;
    }

    /** A progressive JPEG of a smooth gradient with only its first scan (DC of every component), then EOI. */
    public static byte[] progressiveJpegWithOnlyItsDcScan(int width, int height) {
        byte[] jpeg = Fixtures.progressiveJpeg(width, height);
        int p = JpegEdits.firstScanDataOffset(jpeg);
        while ((jpeg[p] & 0xFF) != 0xFF || jpeg[p + 1] == 0 || (jpeg[p + 1] & 0xF8) == 0xD0) {
            p++;
        }
        byte[] cut = Arrays.copyOf(jpeg, p + 2);
        cut[p] = (byte) 0xFF;
        cut[p + 1] = (byte) 0xD9;
        return cut;
    }
}
