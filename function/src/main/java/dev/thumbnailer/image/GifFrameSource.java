package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a GIF's frames one at a time and composites each onto the canvas, so an animation costs
 * one canvas plus one frame of memory however many frames it has. Every decoder failure becomes an
 * Undecodable rejection here: callers see composited frames or a typed rejection, nothing else.
 */
final class GifFrameSource implements AutoCloseable {

    /** One composited frame: the canvas (valid until the next call) and the palette the frame was drawn with. */
    record Composited(GifFrame frame, BufferedImage canvas, Optional<IndexColorModel> palette) {
    }

    private final ImageReader reader = ImageCodecs.reader(ImageFormat.GIF);
    private final ImageInputStream in;
    private final List<String> warnings = new ArrayList<>();
    private final List<GifFrame> frames = new ArrayList<>();
    private final GifCanvas canvas;
    private Optional<Integer> loopCount = Optional.empty();
    private int next;

    private GifFrameSource(byte[] bytes, ImageHeader header) {
        in = new ByteArrayImageInputStream(bytes);
        canvas = new GifCanvas(header.width(), header.height());
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    }

    /**
     * Reads the layout of the first {@code count} frames (metadata only). Frames may declare more
     * pixels than the canvas holds; decoding costs what they declare, so that counts against the limit.
     */
    static GifFrameSource open(byte[] bytes, ImageHeader header, int count, long maxPixels) throws UploadRejectedException {
        GifFrameSource source = new GifFrameSource(bytes, header);
        try {
            source.reader.setInput(source.in, false, false);
            long declared = 0;
            Rectangle largest = new Rectangle();
            for (int i = 0; i < count; i++) {
                GifFrame frame = GifMetadata.frame(source.reader, i);
                source.frames.add(frame);
                declared += frame.area();
                largest = frame.area() > (long) largest.width * largest.height ? frame.bounds() : largest;
            }
            source.loopCount = GifMetadata.loopCount(source.reader, 0);
            if (declared > maxPixels) {
                throw new UploadRejectedException(new Rejection.TooManyPixels(largest.width, largest.height, count, maxPixels));
            }
            return source;
        } catch (IOException | RuntimeException e) {
            source.close();
            throw undecodable(e);
        } catch (UploadRejectedException e) {
            source.close();
            throw e;
        }
    }

    List<GifFrame> frames() {
        return frames;
    }

    Optional<Integer> loopCount() {
        return loopCount;
    }

    Composited next() throws UploadRejectedException {
        GifFrame frame = frames.get(next);
        try {
            Rectangle visible = frame.bounds().intersection(canvas.bounds());
            BufferedImage pixels = null;
            Optional<IndexColorModel> palette = Optional.empty();
            if (!visible.isEmpty()) {
                ImageReadParam param = reader.getDefaultReadParam();
                // Only the part on the canvas is stored, so a frame declaring 65535×65535 costs no raster.
                param.setSourceRegion(new Rectangle(visible.x - frame.bounds().x, visible.y - frame.bounds().y, visible.width, visible.height));
                pixels = reader.read(next, param);
                palette = pixels.getColorModel() instanceof IndexColorModel icm ? Optional.of(icm) : Optional.empty();
            }
            rejectIfTruncated();
            BufferedImage composited = canvas.draw(frame, pixels, visible.getLocation());
            next++;
            return new Composited(frame, composited, palette);
        } catch (IOException | RuntimeException e) {
            throw undecodable(e);
        }
    }

    /** A truncated frame is drawn partly; a half-drawn thumbnail is worse than none. */
    private void rejectIfTruncated() throws UploadRejectedException {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncat") || lower.contains("end of file")) {
                throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, "truncated in frame " + next + " (" + warning + ")"));
            }
        }
    }

    private static UploadRejectedException undecodable(Exception e) {
        Decoding.rethrowIfOutOfMemory(e);
        return new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, Decoding.describe(e)));
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            in.close();
        } catch (IOException ignored) {
            // an in-memory stream: nothing to release
        }
    }
}
