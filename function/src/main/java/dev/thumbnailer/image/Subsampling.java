package dev.thumbnailer.image;

import dev.thumbnailer.config.ThumbnailSize;
import java.util.List;

/**
 * Chooses the JPEG source subsampling factor: as coarse as possible while the decoded raster
 * keeps at least twice the pixels (per axis) that the largest thumbnail needs, which leaves the
 * resizer enough data to filter away the aliasing that plain subsampling introduces.
 */
final class Subsampling {

    static final int QUALITY_MARGIN = 2;

    private Subsampling() {
    }

    static int factorFor(ImageHeader header, List<ThumbnailSize> sizes) {
        if (header.format() != ImageFormat.JPEG) {
            return 1; // PNG and GIF decoders have no cheap reduced decode; subsampling them only aliases
        }
        double largestScale = 0;
        for (ThumbnailSize size : sizes) {
            Geometry.Plan plan = Geometry.plan(header.displayWidth(), header.displayHeight(), size);
            largestScale = Math.max(largestScale, plan.scale());
        }
        return Math.max(1, (int) Math.floor(1.0 / (QUALITY_MARGIN * largestScale)));
    }
}
