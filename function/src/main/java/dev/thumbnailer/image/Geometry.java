package dev.thumbnailer.image;


/**
 * Dimension maths for one size: which region of the (upright) source to use and how big the
 * thumbnail is. Pure arithmetic, never upscales, never returns a zero dimension.
 */
public final class Geometry {

    private Geometry() {
    }

    /**
     * @param cropX  left of the source region used
     * @param cropY  top of the source region used
     * @param cropW  width of that region (the whole width for {@code fit})
     * @param cropH  height of that region
     * @param width  thumbnail width
     * @param height thumbnail height
     */
    public record Plan(int cropX, int cropY, int cropW, int cropH, int width, int height) {

        /** How much the region shrinks; 1.0 means no resizing at all. */
        public double scale() {
            return Math.min((double) width / cropW, (double) height / cropH);
        }
    }

    public static Plan plan(int sourceWidth, int sourceHeight, ThumbnailSize size) {
        if (sourceWidth < 1 || sourceHeight < 1) {
            throw new IllegalArgumentException("empty source " + sourceWidth + "x" + sourceHeight);
        }
        return size.mode() == FitMode.FIT
                ? fit(sourceWidth, sourceHeight, size.width(), size.height())
                : fill(sourceWidth, sourceHeight, size.width(), size.height());
    }

    private static Plan fit(int sw, int sh, int bw, int bh) {
        double scale = Math.min(1.0, Math.min((double) bw / sw, (double) bh / sh));
        int w = clamp(Math.round(sw * scale), bw);
        int h = clamp(Math.round(sh * scale), bh);
        return new Plan(0, 0, sw, sh, w, h);
    }

    private static Plan fill(int sw, int sh, int bw, int bh) {
        double scale = Math.max((double) bw / sw, (double) bh / sh);
        if (scale >= 1.0) {
            // Smaller than the box on some side: crop to the box where we can, never enlarge.
            int w = Math.min(bw, sw);
            int h = Math.min(bh, sh);
            return new Plan((sw - w) / 2, (sh - h) / 2, w, h, w, h);
        }
        int cropW = Math.min(sw, (int) Math.round(bw / scale));
        int cropH = Math.min(sh, (int) Math.round(bh / scale));
        return new Plan((sw - cropW) / 2, (sh - cropH) / 2, cropW, cropH, bw, bh);
    }

    private static int clamp(long value, int max) {
        return (int) Math.max(1, Math.min(value, max));
    }
}
