package dev.thumbnailer.image.png;

/** The file ends before the image data does (a cut upload): the message says "truncated". */
public final class TruncatedPngException extends PngException {

    TruncatedPngException(String message) {
        super(message);
    }
}
