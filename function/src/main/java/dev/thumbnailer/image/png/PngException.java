package dev.thumbnailer.image.png;

/**
 * Why a PNG was refused: its critical structure is broken (signature, IHDR, PLTE, a CRC of a
 * critical chunk, the zlib stream, a filter type), it declares more than the caller allows, or it
 * is cut short ({@link TruncatedPngException}). Unlike the JPEG decoder there is no fallback: the
 * verdict is final, as libpng's would be. No stack trace: it is thrown on hostile input, cheaply.
 */
public class PngException extends Exception {

    PngException(String message) {
        super(message, null, false, false);
    }

    static PngException corrupt(String what) {
        return new PngException("corrupt: " + what);
    }

    static PngException truncated(String what) {
        return new TruncatedPngException("truncated: " + what);
    }

    static PngException tooLarge(String what) {
        return new OversizedPngException(what);
    }
}
