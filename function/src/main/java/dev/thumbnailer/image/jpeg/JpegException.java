package dev.thumbnailer.image.jpeg;

/**
 * Why the scaled decoder gave up: a feature it does not implement, or data it cannot trust. Either
 * way the caller falls back to ImageIO, which decodes or rejects exactly as it would have anyway;
 * the message only helps when debugging. No stack trace: it is thrown on hostile input, cheaply.
 */
final class JpegException extends Exception {

    private JpegException(String message) {
        super(message, null, false, false);
    }

    static JpegException unsupported(String what) {
        return new JpegException("unsupported: " + what);
    }

    static JpegException corrupt(String what) {
        return new JpegException("corrupt: " + what);
    }
}
