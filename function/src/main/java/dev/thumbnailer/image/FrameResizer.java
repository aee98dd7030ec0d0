package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The resize step of the animated branches (GIF, APNG), once per composited frame: the canvas is
 * box-halved as far as each size allows ({@link BoxHalving}), the resizer does the rest planned on
 * the canvas geometry, so every frame of a size has the same crop and scale; then each result is
 * turned upright. As for stills (see {@link Resizer#resizeAll}) the planning happens in the stored
 * orientation, so only the small thumbnail is rotated, not the canvas.
 */
final class FrameResizer {

    private final int width;
    private final int height;
    private final Orientation orientation;
    private final List<ThumbnailSize> stored;
    private final BoxHalving halving;

    /** @param width stored width of the canvas; {@code height} likewise */
    FrameResizer(int width, int height, Orientation orientation, List<ThumbnailSize> sizes) {
        this.width = width;
        this.height = height;
        this.orientation = orientation;
        this.stored = Resizer.stored(sizes, orientation);
        this.halving = BoxHalving.forCanvas(width, height, stored);
    }

    /** The canvas (TYPE_INT_ARGB, the size given) at every size, in the order of the sizes; results may share the canvas's buffer. */
    List<BufferedImage> resize(BufferedImage canvas) {
        List<BufferedImage> reduced = halving.apply(canvas);
        List<BufferedImage> out = new ArrayList<>(stored.size());
        for (int s = 0; s < stored.size(); s++) {
            // The resizer plans on the canvas size and scales its crop to the halved image.
            out.add(orientation.apply(Resizer.resize(reduced.get(s), width, height, stored.get(s))));
        }
        return out;
    }
}
