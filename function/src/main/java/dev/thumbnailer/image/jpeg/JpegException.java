package dev.thumbnailer.image.jpeg;

/**
 * Why the scaled decoder gave up: a feature it does not implement, or data it cannot trust. Either
 * way the caller falls back to ImageIO, which decodes or rejects exactly as it would have anyway;
 * the message only helps when debugging. The one exception is a {@link #truncated} file, which
 * is rejected outright. No stack trace: it is thrown on hostile input, cheaply.
 */
final class JpegException extends Exception {

    private final boolean truncation;

    private JpegException(String message, boolean truncation) {
        super(message, null, false, false);
        this.truncation = truncation;
    }

    static JpegException unsupported(String what) {
        return new JpegException("unsupported: " + what, false);
    }

    static JpegException corrupt(String what) {
        return new JpegException("corrupt: " + what, false);
    }

    /**
     * The file stops before its data does: the entropy-coded bits run out inside a scan, or the
     * file ends before EOI. libjpeg reports exactly these as "premature end", which the ImageIO
     * path rejects, so the scaled decoder may reject them itself instead of handing ImageIO a file
     * it would pad with grey at full size (seconds of CPU for a few bytes declaring 100 MP).
     */
    static JpegException truncated(String what) {
        return new JpegException(what, true);
    }

    boolean truncation() {
        return truncation;
    }
}
