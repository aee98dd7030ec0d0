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
            int decoded = 0;
            for (; decoded < count; decoded++) {
                Optional<GifFrameSource.Frame> frame = next(source, decoded, count, notes);
                if (frame.isEmpty()) {
                    break;
                }
                List<BufferedImage> resized = resizer.resize(frame.get().canvas());
                for (int s = 0; s < sizes.size(); s++) {
                    last[s] = resized.get(s);
                    writers.get(s).append(last[s], frame.get().palette(), animated ? frame.get().delay() : 0, clear);
                }
            }
            int frames = decoded;
            return IntStream.range(0, sizes.size())
                    .mapToObj(s -> new Thumbnail(sizes.get(s), ImageFormat.GIF, last[s].getWidth(), last[s].getHeight(),
                            writers.get(s).finish(), frames, notes))
                    .toList();
        } catch (GifException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, e.getMessage()));
        }
    }

    /**
     * The next frame, or empty when a frame after the first cannot be decoded: browsers show the
     * frames before the damage (Firefox's nsGIFDecoder2 ends a decode that fails after a decoded
     * frame as a success), so those are kept and the note says what was lost. A first frame that
     * cannot be decoded leaves nothing to show: the rejection.
     */
    private static Optional<GifFrameSource.Frame> next(GifFrameSource source, int index, int count, List<String> notes) throws GifException {
        try {
            return Optional.of(source.next());
        } catch (GifException e) {
            if (index == 0) {
                throw e;
            }
            notes.add("only the first " + index + " of " + count + " frames kept, the next one is damaged (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
