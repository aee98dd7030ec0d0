package dev.thumbnailer.image.jpeg;

/**
 * The scaled decoder found the file cut short: its data ends inside a scan, or before EOI. ImageIO
 * would only warn "premature end" after decoding grey padding at full size, and the pipeline
 * rejects on that warning anyway, so the verdict is the same and arrives without the decode.
 */
public final class TruncatedJpegException extends Exception {

    TruncatedJpegException(String message) {
        super(message, null, false, false);
    }
}
