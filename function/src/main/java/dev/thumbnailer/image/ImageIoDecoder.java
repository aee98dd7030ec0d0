package dev.thumbnailer.image;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import dev.thumbnailer.image.jpeg.JpegIccGuard;
import dev.thumbnailer.image.pixels.Images;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The decode step through ImageIO, for the JPEGs {@link DctReducedJpeg} leaves alone (CMYK,
 * 12-bit, small originals): once, to sRGB in a working type, still in stored orientation (the
 * resizer turns the small results upright), with source subsampling, so a 50 MP photo never
 * becomes a 200 MB raster when the largest thumbnail is 512 px. (PNGs stream through {@link StreamedPng}.)
 */
final class ImageIoDecoder {

    private ImageIoDecoder() {
    }

    /** @param notes gets a line for what was ignored on the way (a broken ICC profile) */
    static BufferedImage decode(byte[] bytes, ImageHeader header, int subsampling, List<String> notes) throws UploadRejectedException {
        ImageReader reader = ImageCodecs.reader(header.format());
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        byte[] safe = header.format() == ImageFormat.JPEG ? JpegIccGuard.withoutUntrustworthyProfile(bytes) : bytes; // no lying ICC sizes
        try (ImageInputStream in = new ByteArrayImageInputStream(safe)) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            BufferedImage raw = reader.read(0, param);
            rejectIfTruncated(header.format(), warnings, notes);
            BufferedImage srgb = Images.normalize(raw);
            return srgb;
        } catch (IOException | RuntimeException e) {
            DecodeFailures.rethrowIfOutOfMemory(e);
            throw new UploadRejectedException(new Rejection.Undecodable(header.format(), DecodeFailures.describe(e)));
        } finally {
            reader.dispose();
        }
    }

    /**
     * libjpeg pads a truncated JPEG with grey and only warns; a thumbnail half grey is worse than
     * none, so a premature end is a rejection. Other warnings (extraneous bytes) are harmless. A
     * profile cut short is not the image cut short: TwelveMonkeys warns "Truncated ICC Profile
     * data. Ignoring ICC profile." and decodes without it, as browsers show a broken profile's
     * image (untagged, as sRGB); that is a note, not a rejection.
     */
    private static void rejectIfTruncated(ImageFormat format, List<String> warnings, List<String> notes) throws UploadRejectedException {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("icc")) {
                notes.add("ICC profile ignored: " + warning);
            } else if (lower.contains("premature end") || lower.contains("truncat")) {
                throw new UploadRejectedException(new Rejection.Undecodable(format, "truncated (" + warning + ")"));
            }
        }
    }
}
