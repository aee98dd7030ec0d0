package dev.thumbnailer.testkit;

/**
 * GIF fixtures named for their property, built with {@link GifBytes}. Screens are 300×200 so that
 * a 150-px box halves them: a patch at (x, y) in the source is at (x/2, y/2) in the thumbnail.
 */
public final class GifFixtures {

    public static final int W = 300;
    public static final int H = 200;
    public static final int WHITE = 0xFFFFFF;
    public static final int RED = 0xFF0000;
    public static final int GREEN = 0x00FF00;
    public static final int BLUE = 0x0000FF;
    /** Index 0 white, 1 red, 2 green, 3 blue. */
    public static final int[] PALETTE = {WHITE, RED, GREEN, BLUE};

    private GifFixtures() {
    }

    /**
     * animated-3-frames.gif, looping forever: a white screen (10 cs, kept); a red 100×100 patch at
     * the top-left (20 cs, then cleared); a green 100×100 patch at the bottom-right (30 cs).
     * Shown: white; white + red; white with a transparent hole top-left + green.
     */
    public static byte[] animated3Frames() {
        return new GifBytes(W, H, PALETTE).loop(0)
                .frame(GifBytes.Frame.filled(0, 0, W, H, 10, 1, 0))
                .frame(GifBytes.Frame.filled(0, 0, 100, 100, 20, 2, 1))
                .frame(GifBytes.Frame.filled(200, 100, 100, 100, 30, 1, 2))
                .bytes();
    }

    /** restore-previous.gif: white; a red patch shown then undone (disposal 3); a green patch. */
    public static byte[] restorePrevious() {
        return new GifBytes(W, H, PALETTE).loop(0)
                .frame(GifBytes.Frame.filled(0, 0, W, H, 10, 1, 0))
                .frame(GifBytes.Frame.filled(0, 0, 100, 100, 10, 3, 1))
                .frame(GifBytes.Frame.filled(200, 100, 100, 100, 10, 1, 2))
                .bytes();
    }

    /**
     * frame-diff.gif as optimisers write it: a full blue frame, then a full-screen frame that is all
     * transparent index except a red 100×100 patch top-left, so the blue must show through.
     */
    public static byte[] transparentDiffFrames() {
        return new GifBytes(W, H, PALETTE).loop(2)
                .frame(GifBytes.Frame.filled(0, 0, W, H, 5, 1, 3))
                .frame(new GifBytes.Frame(0, 0, W, H, 5, 1, 0, null, (x, y) -> x < 100 && y < 100 ? 1 : 0))
                .bytes();
    }

    /**
     * moving-patch.gif, opaque and never cleared: white; a red 40×40 patch at (40, 40); a 100×40
     * frame at (40, 40) that whitens the patch's left 60 px and paints (100..140, 40..80) red; the
     * same frame again, which changes nothing.
     */
    public static byte[] movingPatch() {
        GifBytes.Frame moved = new GifBytes.Frame(40, 40, 100, 40, 10, 1, -1, null, (x, y) -> x < 60 ? 0 : 1);
        return new GifBytes(W, H, PALETTE).loop(0)
                .frame(GifBytes.Frame.filled(0, 0, W, H, 10, 1, 0))
                .frame(GifBytes.Frame.filled(40, 40, 40, 40, 10, 1, 1))
                .frame(moved)
                .frame(moved)
                .bytes();
    }

    /** local-palettes.gif: no global palette; frame 0 yellow from its own table, frame 1 a magenta patch from another. */
    public static byte[] localPalettes() {
        return new GifBytes(W, H)
                .frame(new GifBytes.Frame(0, 0, W, H, 10, 1, -1, new int[] {0x000000, 0xFFFF00}, (x, y) -> 1))
                .frame(new GifBytes.Frame(0, 0, 100, 100, 10, 1, -1, new int[] {0xFF00FF, 0x000000}, (x, y) -> 0))
                .bytes();
    }

    /** two-colour-animated.gif, no loop extension (plays once): red/blue halves, then swapped. */
    public static byte[] twoColourAnimation() {
        int[] palette = {RED, BLUE};
        return new GifBytes(W, H, palette)
                .frame(new GifBytes.Frame(0, 0, W, H, 50, 1, -1, null, (x, y) -> x < W / 2 ? 0 : 1))
                .frame(new GifBytes.Frame(0, 0, W, H, 50, 1, -1, null, (x, y) -> x < W / 2 ? 1 : 0))
                .bytes();
    }

    /** animated-N-frames.gif: N tiny frames, each moving a red dot along, 1 cs each, on a white 300×200 screen. */
    public static byte[] animatedGif(int frames) {
        GifBytes gif = new GifBytes(W, H, PALETTE).loop(0).frame(GifBytes.Frame.filled(0, 0, W, H, 1, 1, 0));
        for (int i = 1; i < frames; i++) {
            gif.frame(GifBytes.Frame.filled(i % W, (i / W) % H, 1, 1, 1, 1, 1));
        }
        return gif.bytes();
    }

    /** offset-single-frame.gif: one 100×100 red frame at (150, 50) of an otherwise empty 300×200 screen. */
    public static byte[] offsetSingleFrame() {
        return new GifBytes(W, H, PALETTE).frame(GifBytes.Frame.filled(150, 50, 100, 100, 0, 0, 1)).bytes();
    }

    /** A GIF whose screen is {@code width}×{@code height} while its one frame is 1×1: the bomb is in the header. */
    public static byte[] screenDeclaring(int width, int height, int frames) {
        GifBytes gif = new GifBytes(width, height, PALETTE);
        for (int i = 0; i < frames; i++) {
            gif.frame(GifBytes.Frame.filled(0, 0, 1, 1, 1, 1, 1));
        }
        return gif.bytes();
    }

    /** A 20×20 animation whose second frame declares 65535×65535 but carries one pixel of data. */
    public static byte[] oversizedSecondFrame() {
        return new GifBytes(20, 20, PALETTE)
                .frame(GifBytes.Frame.filled(0, 0, 20, 20, 10, 1, 0))
                .frame(GifBytes.Frame.filled(0, 0, 1, 1, 10, 1, 1), 65535, 65535)
                .bytes();
    }
}
