package dev.thumbnailer.image;

import dev.thumbnailer.image.gif.GifAnimationWriter;
import dev.thumbnailer.image.gif.GifException;
import dev.thumbnailer.image.gif.GifFrameSource;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The GIF branch of the pipeline, over the codec in {@code image/gif}. Each frame is composited on
 * the canvas, resized to every size with the same geometry ({@link FrameResizer}) and appended to
 * that size's animation with its delay; the loop count is kept. Frames are streamed: one canvas
 * and one frame in memory, never the whole animation. Above the frame cap only the first frame is
 * used, and the thumbnails say so.
 */
final class GifThumbnails {

    private GifThumbnails() {
    }

    static List<Thumbnail> render(byte[] bytes, ImageHeader header, List<ThumbnailSize> sizes, SourceLimits limits)
            throws UploadRejectedException {
        int count = limits.framesToDecode(header);
        boolean animated = count > 1;
        try {
            GifFrameSource source = GifFrameSource.open(bytes, count);
            limits.checkDeclared(source.largestFrame(), count, source.declaredPixels());
            boolean clear = animated && source.mayShowThrough();
            Optional<Integer> loop = animated ? source.loopCount() : Optional.empty();
            List<GifAnimationWriter> writers = sizes.stream().map(size -> new GifAnimationWriter(loop)).toList();
            FrameResizer resizer = new FrameResizer(header.width(), header.height(), Orientation.NORMAL, sizes);
            BufferedImage[] last = new BufferedImage[sizes.size()];
            List<String> notes = new ArrayList<>(limits.overFrameCap(header) ? List.of(limits.stillNote("its first frame")) : List.of());
            int frames = AnimationFrames.read(count, source::next, frame -> {
                List<BufferedImage> resized = resizer.resize(frame.canvas());
                for (int s = 0; s < sizes.size(); s++) {
                    last[s] = resized.get(s);
                    writers.get(s).append(last[s], frame.palette(), animated ? frame.delay() : 0, clear);
                }
            }, notes);
            return IntStream.range(0, sizes.size())
                    .mapToObj(s -> new Thumbnail(sizes.get(s), ImageFormat.GIF, last[s].getWidth(), last[s].getHeight(),
                            writers.get(s).finish(), frames, notes))
                    .toList();
        } catch (GifException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, e.getMessage()));
        }
    }
}
