package dev.thumbnailer.image.png;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An APNG's frames, decoded one at a time and composited on the canvas ({@link ApngCanvas}), so an
 * animation costs one canvas plus one frame of memory however many frames it has. The facts a
 * caller checks limits against (frames, largest frame, declared pixels) come from the chunk walk,
 * before any pixel is inflated. A still PNG, or an APNG whose animation is broken (see
 * {@link AnimationChunks}), has one frame: its default image. When the default image is not part
 * of the animation (no fcTL before IDAT) it is not a frame: browsers do not show it either.
 */
public final class PngFrameSource {

    /**
     * One composited frame.
     *
     * @param canvas   TYPE_INT_ARGB, the whole canvas as shown during this frame; valid until the next call.
     *                 Stored orientation and stored colour values, as {@link PngImage#image()}
     * @param delayNum with {@code delayDen}, how long it is shown: delayNum / delayDen seconds
     * @param delayDen never 0 (a declared 0 means 100)
     */
    public record Frame(BufferedImage canvas, int delayNum, int delayDen) {
    }

    private final byte[] png;
    private final Structure structure;
    private final List<FrameControl> frames;
    private final ApngCanvas canvas;
    private int next;

    PngFrameSource(byte[] png, Structure structure) {
        this.png = png;
        this.structure = structure;
        Header header = structure.header();
        this.frames = structure.frames().isEmpty()
                ? List.of(new FrameControl(0, 0, header.width(), header.height(), 0, 100, FrameControl.DISPOSE_NONE,
                        FrameControl.BLEND_SOURCE, structure.firstIdat(), true))
                : structure.frames();
        this.canvas = new ApngCanvas(header.width(), header.height());
    }

    /** The header facts: size, colour chunks, EXIF orientation, frames and plays. */
    public PngInfo info() {
        return structure.info();
    }

    public int frames() {
        return frames.size();
    }

    /** acTL's num_plays: 0 plays forever. */
    public int plays() {
        return structure.info().plays();
    }

    /** The size of the largest frame region: what decoding one frame costs at most. */
    public Dimension largestFrame() {
        FrameControl largest = frames.getFirst();
        for (FrameControl frame : frames) {
            largest = frame.area() > largest.area() ? frame : largest;
        }
        return new Dimension(largest.width(), largest.height());
    }

    /** Pixels the frame regions declare, summed over the frames. */
    public long declaredPixels() {
        return frames.stream().mapToLong(FrameControl::area).sum();
    }

    /**
     * The next frame decoded and composited. A frame whose data cannot be decoded leaves the canvas
     * as it was; whether the frames before it are kept is the caller's call.
     *
     * @throws IllegalStateException after the last frame
     * @throws PngException          the frame's data is corrupt or cut short
     */
    public Frame next() throws PngException {
        if (next >= frames.size()) {
            throw new IllegalStateException("all " + frames.size() + " frames were read");
        }
        FrameControl frame = frames.get(next);
        BufferedImage pixels = PngDecoder.guarded(() -> PngStream.decodeFrame(png, structure, frame));
        next++;
        return new Frame(PngDecoder.guarded(() -> canvas.draw(frame, pixels)), frame.delayNum(), frame.delayDen());
    }
}
