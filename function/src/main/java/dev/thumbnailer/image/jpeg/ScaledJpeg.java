package dev.thumbnailer.image.jpeg;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A JPEG decoded at a reduced scale.
 *
 * @param image   TYPE_INT_RGB (YCbCr files) or TYPE_BYTE_GRAY, {@code ceil(width / scale)} ×
 *                {@code ceil(height / scale)}, pixels as stored (EXIF orientation not applied)
 * @param profile the embedded RGB ICC profile the pixel values are in; empty means sRGB
 */
public record ScaledJpeg(BufferedImage image, Optional<ICC_Profile> profile) {
}
