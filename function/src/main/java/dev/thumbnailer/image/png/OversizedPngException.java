package dev.thumbnailer.image.png;

/** The header declares more pixels than the caller allows, or a dimension over libpng's default user limit; nothing was allocated. */
public final class OversizedPngException extends PngException {

    OversizedPngException(String message) {
        super(message);
    }
}
