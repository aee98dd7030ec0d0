package dev.thumbnailer.image;

import java.awt.Dimension;

/**
 * What an original may cost before a single pixel is decoded: the one owner of the pixel limit
 * (width × height × frames decoded, MAX_SOURCE_PIXELS) and of the frame cap (MAX_ANIMATION_FRAMES,
 * above which an animation becomes a still: a GIF's first frame, an APNG's default image). Every check goes through here;
 * codecs that check again as they parse are handed {@link #maxPixels()}.
 */
public record SourceLimits(long maxPixels, int maxFrames) {

    public SourceLimits {
        if (maxPixels < 1 || maxFrames < 1) {
            throw new IllegalArgumentException("limits must be positive, were " + maxPixels + " pixels and " + maxFrames + " frames");
        }
    }

    /** How far a probe must count frames to tell whether an animation is over the cap. */
    int framesToCount() {
        return maxFrames + 1;
    }

    boolean overFrameCap(ImageHeader header) {
        return header.frames() > maxFrames;
    }

    /** Frames that will be decoded: all of them, or only the first above the cap. */
    int framesToDecode(ImageHeader header) {
        return overFrameCap(header) ? 1 : header.frames();
    }

    /** The header's promise, checked before decoding: what the frames to decode cover on the canvas. */
    void checkHeader(ImageHeader header) throws UploadRejectedException {
        int frames = framesToDecode(header);
        check(header.width(), header.height(), frames, (long) header.width() * header.height() * frames);
    }

    /**
     * What the frames themselves declare, checked before decoding them: a GIF frame may declare
     * more pixels than the canvas holds, and decoding costs what it declares.
     */
    void checkDeclared(Dimension largestFrame, int frames, long declaredPixels) throws UploadRejectedException {
        check(largestFrame.width, largestFrame.height, frames, declaredPixels);
    }

    /**
     * The note a thumbnail carries when the cap made it a still.
     *
     * @param still what the still shows: "its first frame" (GIF), "its default image" (APNG)
     */
    String stillNote(String still) {
        return "animation has more than " + maxFrames + " frames (MAX_ANIMATION_FRAMES): the thumbnail is a still of " + still;
    }

    private void check(long width, long height, int frames, long pixels) throws UploadRejectedException {
        if (pixels > maxPixels) {
            throw new UploadRejectedException(new Rejection.TooManyPixels(width, height, frames, maxPixels));
        }
    }
}
