package dev.thumbnailer.image.gif;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the palette each resized animation frame is written with. A composited frame can hold
 * colours of several source palettes (a local one per frame is common), so the source colours seen
 * so far are pooled: when they fit one GIF palette they are reused as they are, which keeps a
 * small-palette GIF in its own colours (see {@link GifPalette}); otherwise the frame's own colours
 * if they fit, else the most recent source colours. One slot is kept for transparency when needed.
 */
final class GifFramePalette {

    private static final int GIF_COLOURS = 256;
    /** Enough to hold every palette of a typical animation without growing with hostile ones. */
    private static final int POOL_LIMIT = 4 * GIF_COLOURS;

    private Set<Integer> pool = new LinkedHashSet<>();
    private GifPalette last;
    private List<Integer> lastColours;
    private boolean lastClear;

    /** Adds a source frame's palette; its colours take precedence over older ones. */
    void addSource(IndexColorModel palette) {
        Set<Integer> next = new LinkedHashSet<>();
        for (int i = 0; i < palette.getMapSize(); i++) {
            if (i != palette.getTransparentPixel()) {
                next.add(palette.getRGB(i) & 0xFFFFFF);
            }
        }
        for (Integer rgb : pool) {
            if (next.size() < POOL_LIMIT) {
                next.add(rgb);
            }
        }
        pool = next;
    }

    /** The palette for this frame: the same instance as the previous frame's whenever the colours allow. */
    GifPalette choose(ArgbPixels argb) {
        boolean clear = hasClearPixels(argb);
        int room = clear ? GIF_COLOURS - 1 : GIF_COLOURS;
        List<Integer> colours = new ArrayList<>(pool);
        if (colours.size() > room) {
            Set<Integer> own = GifPalette.distinctOpaque(argb, room + 1);
            colours = own.size() <= room ? new ArrayList<>(own) : colours.subList(0, room);
        }
        if (last == null || clear != lastClear || !colours.equals(lastColours)) {
            last = new GifPalette(GifPalette.indexColorModel(colours, clear));
            lastColours = List.copyOf(colours);
            lastClear = clear;
        }
        return last;
    }

    private static boolean hasClearPixels(ArgbPixels image) {
        for (int pixel : image.argb()) {
            if (GifPalette.isClear(pixel)) {
                return true;
            }
        }
        return false;
    }
}
