package dev.thumbnailer.image;

import java.util.Optional;

/**
 * The validate step: decide the format from the bytes, then require the key's extension to name
 * that same format. Nothing here decodes pixels.
 */
final class UploadValidator {

    private UploadValidator() {
    }

    static ImageFormat validate(String key, byte[] bytes) throws UploadRejectedException {
        if (bytes.length == 0) {
            throw new UploadRejectedException(new Rejection.EmptyFile());
        }
        ImageFormat content = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new UploadRejectedException(new Rejection.UnsupportedType(ContentSniffer.describe(bytes))));
        String extension = extensionOf(key);
        Optional<ImageFormat> named = ImageFormat.forExtension(extension);
        if (named.isEmpty() || named.get() != content) {
            throw new UploadRejectedException(new Rejection.ExtensionMismatch(content, extension));
        }
        return content;
    }

    /** The text after the last dot of the last path segment, or "" when there is none. */
    static String extensionOf(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
