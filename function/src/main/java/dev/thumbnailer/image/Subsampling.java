package dev.thumbnailer.image;

import java.util.List;

/**
 * How far a JPEG is reduced while it is decoded, so the decoded raster is only as big as the
 * largest thumbnail needs, plus a margin for the resizer. The margin depends on how the reduction
 * is made:
 * <ul>
 * <li>ImageIO's source subsampling keeps every n-th pixel: a point sample, which aliases (fine
 * detail turns into false patterns). At least twice the pixels per axis leaves the resizer's
 * filter room to average much of that away: {@link #QUALITY_MARGIN}.
 * <li>The scaled DCT decoder keeps each block's lowest frequencies: every output pixel is already
 * an average over its cell (a proper low-pass), so nothing aliases and a smaller margin suffices:
 * at least twice the pixels by area, √2 per axis ({@link #DCT_MARGIN}), so the resizer still
 * shrinks (and does not interpolate up between) what it is given.
 * </ul>
 */
final class Subsampling {

    static final int QUALITY_MARGIN = 2;
    static final double DCT_MARGIN = Math.sqrt(2);
    static final int AREA_MARGIN = 2;
    private static final int[] DCT_SCALES = {8, 4, 2};

    private Subsampling() {
    }

    /** ImageIO's point-subsampling factor: 2× the pixels per axis. */
    static int factorFor(ImageHeader header, List<ThumbnailSize> sizes) {
        if (header.format() != ImageFormat.JPEG) {
            return 1; // PNG and GIF decoders have no cheap reduced decode; subsampling them only aliases
        }
        return Math.max(1, (int) Math.floor(1.0 / (QUALITY_MARGIN * largestScale(header, sizes))));
    }

    /** The scaled DCT decoder's denominator, 8, 4 or 2; 1 when even 1/2 would leave less than 2× the pixels by area. */
    static int dctScaleFor(ImageHeader header, List<ThumbnailSize> sizes) {
        if (header.format() != ImageFormat.JPEG) {
            return 1;
        }
        double needed = DCT_MARGIN * largestScale(header, sizes);
        for (int scale : DCT_SCALES) {
            if (1.0 / scale >= needed) {
                return scale;
            }
        }
        return 1;
    }

    /**
     * The streaming PNG decoder's area reduction: the largest whole factor that still leaves twice
     * the most demanding size's pixels per axis ({@link #AREA_MARGIN}). The decode then holds at
     * most about 9× the largest thumbnail's pixels, however large the original. The box mean is
     * followed by the resizer's exact area average: on the zone plate (OutputQualityTest) that pair
     * from 2× leaves a stop-band error of 2.4 grey levels, under the 2.6 of the former bilinear
     * resize of the full decode; from under 2× (a factor of 3 on the plate, 1.95×) it was 4.1,
     * over the 3.5 allowed, since the decoder's cells then span half an output pixel.
     */
    static int areaReductionFor(ImageHeader header, List<ThumbnailSize> sizes) {
        return Math.max(1, (int) Math.floor(1.0 / (AREA_MARGIN * largestScale(header, sizes))));
    }

    /** How much the most demanding size shrinks the original (1.0: not at all). */
    private static double largestScale(ImageHeader header, List<ThumbnailSize> sizes) {
        double largest = 0;
        for (ThumbnailSize size : sizes) {
            largest = Math.max(largest, Geometry.plan(header.displayWidth(), header.displayHeight(), size).scale());
        }
        return largest;
    }
}
