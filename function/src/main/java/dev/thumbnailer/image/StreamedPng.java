package dev.thumbnailer.image;

import dev.thumbnailer.image.pixels.Images;
import dev.thumbnailer.image.png.PngColourProfile;
import dev.thumbnailer.image.png.PngDecoder;
import dev.thumbnailer.image.png.PngException;
import dev.thumbnailer.image.png.PngImage;
import dev.thumbnailer.image.png.PngInfo;
import dev.thumbnailer.image.png.TruncatedPngException;
import java.awt.image.BufferedImage;

/**
 * The probe and decode steps for PNGs, over the streaming decoder in {@code image/png}: rows are
 * inflated, unfiltered and area-reduced as they arrive (by {@link Subsampling#areaReductionFor}), so
 * memory follows the width, not the area; then the declared colour profile is applied. Every
 * decoder failure is an Undecodable rejection, a file cut short one that says so.
 */
final class StreamedPng {

    private StreamedPng() {
    }

    /**
     * Size, frames (an APNG's, when its animation is sound; see {@link PngInfo#frames()}) and EXIF
     * orientation (eXIf chunk, as browsers honour it); the limits are checked by the caller.
     */
    static ImageHeader probe(byte[] bytes) throws UploadRejectedException {
        try {
            PngInfo info = PngDecoder.probe(bytes, Long.MAX_VALUE);
            return new ImageHeader(ImageFormat.PNG, info.width(), info.height(), info.frames(), Orientation.fromExif(info.orientation()),
                    info.animated());
        } catch (PngException e) {
            throw rejection(e, "unreadable header (");
        }
    }

    static BufferedImage decode(byte[] bytes, int reduce, SourceLimits limits) throws UploadRejectedException {
        try {
            PngImage png = PngDecoder.decode(bytes, reduce, limits.maxPixels());
            return inSrgb(png.image(), png.info());
        } catch (PngException e) {
            throw rejection(e, "");
        }
    }

    /** The declared colour profile applied, for a still's decode and each APNG frame alike. */
    static BufferedImage inSrgb(BufferedImage image, PngInfo info) {
        // opaque grey (decoded as TYPE_BYTE_GRAY): an RGB profile cannot describe it
        boolean grey = info.colourType() == 0 && !info.hasAlpha();
        return grey ? image : PngColourProfile.of(info.colour()).map(p -> Images.toSrgb(image, p)).orElse(image);
    }

    static UploadRejectedException rejection(PngException e, String context) {
        String detail = e instanceof TruncatedPngException ? "truncated (" + e.getMessage() + ")" : e.getMessage();
        return new UploadRejectedException(new Rejection.Undecodable(ImageFormat.PNG, context.isEmpty() ? detail : context + detail + ")"));
    }
}
