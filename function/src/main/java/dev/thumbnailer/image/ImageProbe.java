package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import dev.thumbnailer.image.gif.GifException;
import dev.thumbnailer.image.gif.GifFrameSource;
import dev.thumbnailer.image.jpeg.ExifOrientationReader;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The probe step: dimensions, frame count and orientation from the header alone, so the limits are
 * enforced before a single pixel is decoded. For JPEG it also proves the ImageIO reader
 * accepts the file (magic bytes alone are easy to fake); GIFs are walked by the GIF codec's own
 * structure reader, the same code that later decodes their frames; PNGs (an APNG's frames
 * included) by the PNG decoder's chunk walk.
 */
final class ImageProbe {

    private ImageProbe() {
    }

    static ImageHeader read(byte[] bytes, ImageFormat format, SourceLimits limits) throws UploadRejectedException {
        try {
            ImageHeader header = switch (format) {
                case GIF -> gif(bytes, limits);
                case PNG -> StreamedPng.probe(bytes);
                case JPEG -> jpeg(bytes);
            };
            if (header.width() < 1 || header.height() < 1) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "header declares " + header.width() + "x" + header.height()));
            }
            return header;
        } catch (IOException | RuntimeException e) {
            DecodeFailures.rethrowIfOutOfMemory(e);
            throw unreadable(format, DecodeFailures.describe(e));
        } catch (GifException e) {
            throw unreadable(format, e.getMessage());
        }
    }

    /** A GIF's size is its canvas, not its first frame, which may be a small patch; frames counted to one past the cap. */
    private static ImageHeader gif(byte[] bytes, SourceLimits limits) throws GifException {
        GifFrameSource.Probe gif = GifFrameSource.probe(bytes, limits.framesToCount());
        return new ImageHeader(ImageFormat.GIF, gif.width(), gif.height(), gif.frames(), Orientation.NORMAL);
    }

    private static ImageHeader jpeg(byte[] bytes) throws IOException, UploadRejectedException {
        ImageFormat format = ImageFormat.JPEG;
        ImageReader reader = ImageCodecs.reader(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            if (!reader.getOriginatingProvider().canDecodeInput(in)) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "the " + format + " reader does not accept it"));
            }
            reader.setInput(in, true, true);
            Orientation orientation = Orientation.fromExif(ExifOrientationReader.read(bytes));
            return new ImageHeader(format, reader.getWidth(0), reader.getHeight(0), 1, orientation);
        } finally {
            reader.dispose();
        }
    }

    private static UploadRejectedException unreadable(ImageFormat format, String detail) {
        return new UploadRejectedException(new Rejection.Undecodable(format, "unreadable header (" + detail + ")"));
    }
}
