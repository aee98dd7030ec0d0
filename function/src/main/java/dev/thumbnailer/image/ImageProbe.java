package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Dimension;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Second pipeline step: dimensions, frame count and orientation from the header alone, so the
 * pixel limit is enforced before a single pixel is decoded. For JPEG and PNG it also proves the
 * ImageIO reader accepts the file (magic bytes alone are easy to fake); GIFs are walked by
 * {@link GifStructure}, the same code that later decodes their frames.
 */
final class ImageProbe {

    private ImageProbe() {
    }

    static ImageHeader read(byte[] bytes, ImageFormat format, int maxFrames) throws UploadRejectedException {
        try {
            ImageHeader header = format == ImageFormat.GIF ? gif(bytes, maxFrames) : still(bytes, format);
            if (header.width() < 1 || header.height() < 1) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "header declares " + header.width() + "x" + header.height()));
            }
            return header;
        } catch (IOException | RuntimeException e) {
            Decoding.rethrowIfOutOfMemory(e);
            throw new UploadRejectedException(new Rejection.Undecodable(format, "unreadable header (" + Decoding.describe(e) + ")"));
        }
    }

    /** A GIF's size is its canvas, not its first frame, which may be a small patch; frames counted to one past the cap. */
    private static ImageHeader gif(byte[] bytes, int maxFrames) throws IOException {
        GifStructure structure = GifStructure.read(bytes, maxFrames + 1);
        if (structure.images().isEmpty()) {
            throw new IOException("no image in the file");
        }
        Dimension canvas = structure.canvas();
        return new ImageHeader(ImageFormat.GIF, canvas.width, canvas.height, structure.images().size(), Orientation.NORMAL);
    }

    private static ImageHeader still(byte[] bytes, ImageFormat format) throws IOException, UploadRejectedException {
        ImageReader reader = ImageCodecs.reader(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            if (!reader.getOriginatingProvider().canDecodeInput(in)) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "the " + format + " reader does not accept it"));
            }
            reader.setInput(in, true, true);
            Orientation orientation = format == ImageFormat.JPEG ? ExifOrientationReader.read(bytes) : Orientation.NORMAL;
            return new ImageHeader(format, reader.getWidth(0), reader.getHeight(0), 1, orientation);
        } finally {
            reader.dispose();
        }
    }
}
