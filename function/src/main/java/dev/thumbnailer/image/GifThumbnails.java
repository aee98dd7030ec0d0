package dev.thumbnailer.image;

import dev.thumbnailer.config.ThumbnailSize;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The GIF branch of the pipeline. Each frame is composited on the canvas, box-halved as far as each
 * size allows ({@link BoxHalving}), resized to every size with the same geometry, mapped onto a
 * palette and appended to that size's animation with its delay; the loop count is kept. Frames are streamed: one canvas and one frame in memory, never the whole
 * animation. Above MAX_ANIMATION_FRAMES only the first frame is used, and the thumbnails say so.
 */
final class GifThumbnails {

    private GifThumbnails() {
    }

    static List<Thumbnail> render(byte[] bytes, ImageHeader header, List<ThumbnailSize> sizes, int maxFrames, long maxPixels)
            throws UploadRejectedException {
        boolean overCap = header.frames() > maxFrames;
        int count = overCap ? 1 : header.frames();
        boolean animated = count > 1;
        GifFrameSource source = GifFrameSource.open(bytes, header, count, maxPixels);
        boolean clear = animated && mayShowThrough(source.frames(), header);
        List<Sequence> sequences = sizes.stream().map(size -> new Sequence(size, animated ? source.loopCount() : Optional.empty())).toList();
        BoxHalving halving = BoxHalving.forCanvas(header.width(), header.height(), sizes);
        for (int i = 0; i < count; i++) {
            GifFrameSource.Composited frame = source.next();
            List<BufferedImage> reduced = halving.apply(frame.canvas());
            for (int s = 0; s < sizes.size(); s++) {
                // The renderer plans on the canvas size and scales its crop to the halved image.
                ResizedImage resized = ThumbnailRenderer.renderAll(reduced.get(s), header.width(), header.height(), List.of(sizes.get(s))).getFirst();
                sequences.get(s).append(resized.image(), frame, animated ? frame.frame().delay() : 0, clear);
            }
        }
        List<String> notes = overCap ? List.of(stillNote(maxFrames)) : List.of();
        return sequences.stream().map(sequence -> sequence.finish(count, notes)).toList();
    }

    /** One size's GIF under construction. */
    private static final class Sequence {
        private final ThumbnailSize size;
        private final GifSequenceWriter writer;
        private final GifFramePalette palettes = new GifFramePalette();
        private final FrameChanges changes = new FrameChanges();
        private int width;
        private int height;

        Sequence(ThumbnailSize size, Optional<Integer> loopCount) {
            this.size = size;
            this.writer = new GifSequenceWriter(loopCount);
        }

        void append(BufferedImage resized, GifFrameSource.Composited frame, int delay, boolean clear) {
            frame.palette().ifPresent(palettes::addSource);
            ArgbPixels argb = ArgbPixels.of(resized);
            GifPalette palette = palettes.choose(argb);
            writer.append(palette.apply(argb, changes.since(argb, palette, clear)), delay, clear);
            width = resized.getWidth();
            height = resized.getHeight();
        }

        Thumbnail finish(int frames, List<String> notes) {
            return new Thumbnail(size, ImageFormat.GIF, width, height, writer.finish(), frames, notes);
        }
    }

    /**
     * Whether a composited frame can have transparent pixels: then each written full frame must be
     * cleared before the next is drawn, or its pixels would show through the next one's holes.
     */
    private static boolean mayShowThrough(List<GifFrame> frames, ImageHeader header) {
        boolean firstCovers = frames.getFirst().bounds().contains(new Rectangle(header.width(), header.height()));
        return !firstCovers || frames.stream().anyMatch(f -> f.transparentIndex() >= 0 || f.disposal() != GifFrame.Disposal.KEEP);
    }

    private static String stillNote(int maxFrames) {
        return "animation has more than " + maxFrames + " frames (MAX_ANIMATION_FRAMES): the thumbnail is a still of its first frame";
    }
}
