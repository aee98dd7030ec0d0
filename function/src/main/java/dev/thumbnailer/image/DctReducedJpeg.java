package dev.thumbnailer.image;

import dev.thumbnailer.image.jpeg.ScaledJpeg;
import dev.thumbnailer.image.jpeg.ScaledJpegDecoder;
import dev.thumbnailer.image.jpeg.TruncatedJpegException;
import dev.thumbnailer.image.jpeg.UndecodableJpegException;
import dev.thumbnailer.image.pixels.Images;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The decode step for most JPEGs: at 1/2, 1/4 or 1/8 in the DCT domain with the pure-Java
 * {@link ScaledJpegDecoder}, several times faster than ImageIO's full-resolution decode and without
 * its aliasing. Empty when it does not apply (small originals, formats other than baseline or
 * progressive YCbCr or grey, damaged data): {@link ImageIoDecoder} then decodes, and reports damage
 * as a rejection. A file cut short is rejected here, with the reason ImageIO's "premature end"
 * would have given, but without its full-size decode of grey padding. Arithmetic-coded files are
 * decoded here whatever their size, at full size too: the JDK's reader refuses them.
 */
final class DctReducedJpeg {

    private DctReducedJpeg() {
    }

    /**
     * @param scale from {@link Subsampling#dctScaleFor}; 1 means no reduction, hence ImageIO, but for
     *              arithmetic-coded files, which the JDK's reader refuses ("legal restrictions")
     */
    static Optional<BufferedImage> decode(byte[] bytes, ImageHeader header, int scale, SourceLimits limits) throws UploadRejectedException {
        if (header.format() != ImageFormat.JPEG) {
            return Optional.empty();
        }
        try {
            return ScaledJpegDecoder.decode(bytes, scale, limits.maxPixels())
                    .filter(jpeg -> hasHeaderSize(jpeg, header, scale))
                    .map(jpeg -> jpeg.profile().map(p -> Images.toSrgb(jpeg.image(), p)).orElse(jpeg.image()));
        } catch (TruncatedJpegException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.JPEG, "truncated (" + e.getMessage() + ")"));
        } catch (UndecodableJpegException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.JPEG, e.getMessage()));
        }
    }

    /**
     * The resizer plans crops on the probed header's size. Both parsers read the first frame header,
     * but should a damaged file make them disagree, ImageIO's reading is the one to follow.
     */
    private static boolean hasHeaderSize(ScaledJpeg jpeg, ImageHeader header, int scale) {
        return jpeg.image().getWidth() == (header.width() + scale - 1) / scale
                && jpeg.image().getHeight() == (header.height() + scale - 1) / scale;
    }
}
