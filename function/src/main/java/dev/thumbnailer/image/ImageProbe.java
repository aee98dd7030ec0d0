package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
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
            reader.setInput(in, false, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "header declares " + width + "x" + height));
            }
            int frames = format == ImageFormat.GIF ? GifFrames.count(reader, maxFrames) : 1;
            Orientation orientation = format == ImageFormat.JPEG ? ExifOrientationReader.read(bytes) : Orientation.NORMAL;
            return new ImageHeader(format, width, height, frames, orientation);
        } catch (IOException | RuntimeException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(format, "unreadable header (" + Decoding.describe(e) + ")"));
        } finally {
            reader.dispose();
        }
    }
}
