package dev.thumbnailer.image;

import dev.thumbnailer.image.png.ApngWriter;
import dev.thumbnailer.image.png.PngDecoder;
import dev.thumbnailer.image.png.PngException;
import dev.thumbnailer.image.png.PngFrameSource;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The APNG branch of the pipeline, over the frame reader in {@code image/png}: each frame is
 * composited on the canvas as its dispose and blend ops say, given the file's colour profile as a
 * still is ({@link StreamedPng#inSrgb}), resized to every size with the same geometry and turned
 * upright by the eXIf orientation ({@link FrameResizer}), and appended to that size's APNG with its
 * delay; the loop count is kept. Frames are streamed: one canvas and one frame in memory. Only
 * animations within the frame cap come here (above it the still path shows the default image).
 */
final class ApngThumbnails {

    private ApngThumbnails() {
    }

    static List<Thumbnail> render(byte[] bytes, ImageHeader header, List<ThumbnailSize> sizes, SourceLimits limits)
            throws UploadRejectedException {
        int count = limits.framesToDecode(header);
        try {
            PngFrameSource source = PngDecoder.frames(bytes, limits.maxPixels());
            limits.checkDeclared(source.largestFrame(), count, source.declaredPixels());
            List<ApngWriter> writers = sizes.stream().map(size -> new ApngWriter(source.plays())).toList();
            FrameResizer resizer = new FrameResizer(header.width(), header.height(), header.orientation(), sizes);
            BufferedImage[] last = new BufferedImage[sizes.size()];
            List<String> notes = new ArrayList<>();
            int frames = AnimationFrames.read(count, source::next, frame -> {
                List<BufferedImage> resized = resizer.resize(StreamedPng.inSrgb(frame.canvas(), source.info()));
                for (int s = 0; s < sizes.size(); s++) {
                    last[s] = resized.get(s);
                    writers.get(s).append(last[s], frame.delayNum(), frame.delayDen());
                }
            }, notes);
            return IntStream.range(0, sizes.size())
                    .mapToObj(s -> new Thumbnail(sizes.get(s), ImageFormat.PNG, last[s].getWidth(), last[s].getHeight(),
                            writers.get(s).finish(), frames, notes))
                    .toList();
        } catch (PngException e) {
            throw StreamedPng.rejection(e, "");
        }
    }
}
