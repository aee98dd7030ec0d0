package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Dimension;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Second pipeline step: dimensions, frame count and orientation from the header alone, so the
 * pixel limit is enforced before a single pixel is decoded. Also proves the ImageIO reader for the
 * sniffed format accepts the file: magic bytes alone are easy to fake.
 */
final class ImageProbe {

    private ImageProbe() {
    }

    static ImageHeader read(byte[] bytes, ImageFormat format, int maxFrames) throws UploadRejectedException {
        ImageReader reader = ImageCodecs.reader(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            if (!reader.getOriginatingProvider().canDecodeInput(in)) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "the " + format + " reader does not accept it"));
            }
            boolean gif = format == ImageFormat.GIF;
            reader.setInput(in, false, !gif); // GIF frame layout lives in the metadata
            // A GIF's size is its canvas: getWidth(0) is only the first frame, which may be a small patch.
            Dimension size = gif ? GifMetadata.canvas(reader) : new Dimension(reader.getWidth(0), reader.getHeight(0));
            int width = size.width;
            int height = size.height;
            if (width < 1 || height < 1) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "header declares " + width + "x" + height));
            }
            int frames = gif ? GifFrames.count(reader, maxFrames) : 1;
            Orientation orientation = format == ImageFormat.JPEG ? ExifOrientationReader.read(bytes) : Orientation.NORMAL;
            return new ImageHeader(format, width, height, frames, orientation);
        } catch (IOException | RuntimeException e) {
            Decoding.rethrowIfOutOfMemory(e);
            throw new UploadRejectedException(new Rejection.Undecodable(format, "unreadable header (" + Decoding.describe(e) + ")"));
        } finally {
            reader.dispose();
        }
    }
}
