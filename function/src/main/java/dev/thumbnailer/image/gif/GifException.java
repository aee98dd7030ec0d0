package dev.thumbnailer.image.gif;

/** The file is not a GIF this codec can read: a broken structure, bad LZW data, too few frames. */
public final class GifException extends Exception {

    GifException(String message) {
        super(message);
    }

    GifException(String message, Throwable cause) {
        super(message, cause);
    }
}
