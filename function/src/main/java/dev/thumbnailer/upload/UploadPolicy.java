package dev.thumbnailer.upload;

import dev.thumbnailer.image.ImageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What may be uploaded, checked before anything is signed: the formats the thumbnail function
 * accepts, named with a matching extension, no larger than MAX_SOURCE_BYTES. The same rules the
 * function applies to the bytes later (it trusts content, not names); checking the declaration
 * first spares the user an upload that could only be rejected.
 */
final class UploadPolicy {

    private final long maxSourceBytes;

    UploadPolicy(long maxSourceBytes) {
        this.maxSourceBytes = maxSourceBytes;
    }

    /** The format {@code contentType} declares, if the name agrees and the size is acceptable. */
    ImageFormat check(String filename, String contentType, long size) {
        ImageFormat format = declared(contentType);
        String extension = extension(filename);
        if (ImageFormat.forExtension(extension).filter(format::equals).isEmpty()) {
            throw ApiError.badRequest("extension_mismatch", "a " + format.mimeType() + " file must be named ."
                    + String.join(" or .", format.extensions()) + (extension.isEmpty() ? ", and this name has no extension" : ", not ." + extension));
        }
        if (size < 1) {
            throw ApiError.badRequest("invalid_size", "\"size\" must be at least 1 byte (the thumbnail function rejects empty files)");
        }
        if (size > maxSourceBytes) {
            throw ApiError.badRequest("too_large", "the file is " + size + " bytes, above the limit of " + maxSourceBytes + " (MAX_SOURCE_BYTES)");
        }
        return format;
    }

    private static ImageFormat declared(String contentType) {
        String mime = contentType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ImageFormat.values()).filter(f -> f.mimeType().equals(mime)).findFirst()
                .orElseThrow(() -> ApiError.badRequest("unsupported_type", "\"contentType\" must be one of "
                        + Arrays.stream(ImageFormat.values()).map(ImageFormat::mimeType).collect(Collectors.joining(", "))));
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1);
    }
}
