package dev.thumbnailer.image;

import dev.thumbnailer.image.pixels.Images;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.coobird.thumbnailator.resizers.DefaultResizerFactory;

/**
 * The resize step: every size from the one decode. Largest first; each smaller size is cut
 * from the smallest full-frame image already made that still has twice its pixels, so the medium
 * thumbnail, not the 12 MP original, feeds the small one. Downscales are exact area averages
 * ({@link AreaResampler}); anything else (an upscale, a raster outside the working types) goes to
 * Thumbnailator's resizers.
 */
final class Resizer {

    private Resizer() {
    }

    /**
     * One size from an animation frame, possibly box-halved (see {@link FrameResizer}).
     *
     * @param width  width of the original as the frame is oriented, before any reduction (the geometry is planned on it)
     * @param height height of the original, likewise
     */
    static BufferedImage resize(BufferedImage image, int width, int height, ThumbnailSize size) {
        return renderStored(image, width, height, List.of(size)).getFirst().image();
    }

    /** Every size from a decode still in its stored orientation (see below), planned on the header's size. */
    static List<ResizedImage> resizeAll(BufferedImage decoded, ImageHeader header, List<ThumbnailSize> sizes) {
        return resizeAll(decoded, header.width(), header.height(), header.orientation(), sizes);
    }

    /**
     * Renders from a decode still in its stored orientation and turns each finished thumbnail
     * upright: rotating a 512 px result costs almost nothing, rotating a 3 MP decode about 20 ms.
     * For orientations that swap the axes each box is planned swapped; a centred crop stays centred.
     *
     * @param width  stored width of the original, before subsampling
     * @param height stored height of the original
     */
    static List<ResizedImage> resizeAll(BufferedImage decoded, int width, int height, Orientation orientation, List<ThumbnailSize> sizes) {
        List<ResizedImage> stored = renderStored(decoded, width, height, stored(sizes, orientation));
        return IntStream.range(0, sizes.size())
                .mapToObj(i -> new ResizedImage(sizes.get(i), orientation.apply(stored.get(i).image())))
                .toList();
    }

    /** The boxes to plan on an image in its stored orientation: swapped when the orientation turns it a quarter. */
    static List<ThumbnailSize> stored(List<ThumbnailSize> sizes, Orientation orientation) {
        return orientation.swapsAxes() ? sizes.stream().map(s -> new ThumbnailSize(s.name(), s.height(), s.width(), s.mode())).toList() : sizes;
    }

    private static List<ResizedImage> renderStored(BufferedImage decoded, int width, int height, List<ThumbnailSize> sizes) {
        List<BufferedImage> fullFrames = new ArrayList<>(List.of(decoded));
        List<ResizedImage> out = new ArrayList<>();
        List<ThumbnailSize> largestFirst = sizes.stream()
                .sorted(Comparator.comparingLong((ThumbnailSize s) -> area(Geometry.plan(width, height, s))).reversed())
                .toList();
        for (ThumbnailSize size : largestFirst) {
            Geometry.Plan plan = Geometry.plan(width, height, size);
            BufferedImage source = smallestAdequate(fullFrames, plan, width);
            BufferedImage resized = resize(crop(source, plan, width, height), plan.width(), plan.height());
            if (size.mode() == FitMode.FIT) {
                fullFrames.add(resized);
            }
            out.add(new ResizedImage(size, resized));
        }
        // Report in configured order, whatever order they were made in.
        out.sort(Comparator.comparingInt(r -> sizes.indexOf(r.size())));
        return out;
    }

    private static BufferedImage smallestAdequate(List<BufferedImage> fullFrames, Geometry.Plan plan, int width) {
        BufferedImage best = fullFrames.getFirst();
        for (BufferedImage candidate : fullFrames) {
            double ratio = (double) candidate.getWidth() / width;
            boolean adequate = plan.cropW() * ratio >= Subsampling.QUALITY_MARGIN * plan.width()
                    && plan.cropH() * ratio >= Subsampling.QUALITY_MARGIN * plan.height();
            if (adequate && candidate.getWidth() < best.getWidth()) {
                best = candidate;
            }
        }
        return best;
    }

    /** The plan's region, mapped from original coordinates onto {@code source}'s scale. */
    private static BufferedImage crop(BufferedImage source, Geometry.Plan plan, int width, int height) {
        double sx = (double) source.getWidth() / width;
        double sy = (double) source.getHeight() / height;
        int x = (int) Math.floor(plan.cropX() * sx);
        int y = (int) Math.floor(plan.cropY() * sy);
        int w = Math.max(1, Math.min(source.getWidth() - x, (int) Math.round(plan.cropW() * sx)));
        int h = Math.max(1, Math.min(source.getHeight() - y, (int) Math.round(plan.cropH() * sy)));
        return x == 0 && y == 0 && w == source.getWidth() && h == source.getHeight() ? source : source.getSubimage(x, y, w, h);
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        if (source.getWidth() == width && source.getHeight() == height) {
            return source; // already the size (an animation smaller than the box): a copy would only cost time
        }
        if (AreaResampler.handles(source, width, height)) {
            return AreaResampler.resize(source, width, height);
        }
        BufferedImage target = Images.blankLike(source, width, height);
        DefaultResizerFactory.getInstance()
                .getResizer(new Dimension(source.getWidth(), source.getHeight()), new Dimension(width, height))
                .resize(source, target);
        return target;
    }

    private static long area(Geometry.Plan plan) {
        return (long) plan.width() * plan.height();
    }
}
