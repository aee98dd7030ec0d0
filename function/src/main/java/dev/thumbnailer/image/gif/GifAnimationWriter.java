package dev.thumbnailer.image.gif;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Optional;

/**
 * One thumbnail animation under construction: each resized frame is mapped onto a palette (the
 * source's colours when they fit, see {@link GifFramePalette}), cut to the area that changed
 * ({@link FrameChanges}) and appended with its delay; the loop count is kept.
 */
public final class GifAnimationWriter {

    private final GifSequenceWriter writer;
    private final GifFramePalette palettes = new GifFramePalette();
    private final FrameChanges changes = new FrameChanges();

    /** @param loopCount the source's NETSCAPE loop count; empty for a still or an animation that plays once */
    public GifAnimationWriter(Optional<Integer> loopCount) {
        this.writer = new GifSequenceWriter(loopCount);
    }

    /**
     * @param sourcePalette the colour table the source frame was drawn with, if any
     * @param delay         hundredths of a second, as the source frame declared it
     * @param clear         whether each frame is cleared before the next is drawn (see {@link GifFrameSource#mayShowThrough})
     */
    public void append(BufferedImage resized, Optional<IndexColorModel> sourcePalette, int delay, boolean clear) {
        sourcePalette.ifPresent(palettes::addSource);
        ArgbPixels argb = ArgbPixels.of(resized);
        GifPalette palette = palettes.choose(argb);
        writer.append(palette.apply(argb, changes.since(argb, palette, clear)), delay, clear);
    }

    public byte[] finish() {
        return writer.finish();
    }
}
