package dev.thumbnailer.image.jpeg;

/**
 * The scaled decoder is the only decoder here for the file (it is arithmetic-coded, which the
 * JDK's reader refuses) and cannot decode it: the message says why, to be the rejection's reason.
 */
public final class UndecodableJpegException extends Exception {

    UndecodableJpegException(String message) {
        super(message, null, false, false);
    }
}
