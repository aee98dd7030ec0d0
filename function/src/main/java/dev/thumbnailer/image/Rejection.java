package dev.thumbnailer.image;

import java.util.Locale;

/**
 * Why an upload gets no thumbnails. An expected outcome, not an error: logged at WARN with the
 * key, never rethrown. Each case carries what a reader of the log needs to act on it.
 */
public sealed interface Rejection {

    /** One human sentence, for the log. */
    String reason();

    /** Stable machine name, for log queries and metrics. */
    default String code() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    record EmptyFile() implements Rejection {
        public String reason() {
            return "the file is empty";
        }
    }

    /** Content is not JPEG, PNG or GIF; {@code detected} names what it looks like, when known. */
    record UnsupportedType(String detected) implements Rejection {
        public String reason() {
            return "content is " + detected + ", not JPEG, PNG or GIF";
        }
    }

    /** Content and name disagree, e.g. a PNG named {@code .jpg}, or a JPEG with no extension. */
    record ExtensionMismatch(ImageFormat content, String extension) implements Rejection {
        public String reason() {
            String ext = extension.isEmpty() ? "no extension" : "extension '." + extension + "'";
            return "content is " + content + " but the key has " + ext + " (expected " + String.join("/", content.extensions()) + ")";
        }
    }

    record TooLarge(long bytes, long limit) implements Rejection {
        public String reason() {
            return "file is " + bytes + " bytes, above the limit of " + limit + " (MAX_SOURCE_BYTES)";
        }
    }

    record TooManyPixels(long width, long height, long frames, long limit) implements Rejection {
        public String reason() {
            String dims = width + "x" + height + (frames > 1 ? "x" + frames + " frames" : "");
            return "image is " + dims + " = " + width * height * frames + " pixels, above the limit of " + limit + " (MAX_SOURCE_PIXELS)";
        }
    }

    /** The header looked right but the image cannot be read: truncated, corrupt or hostile. */
    record Undecodable(ImageFormat format, String detail) implements Rejection {
        public String reason() {
            return "the " + format + " cannot be decoded: " + detail;
        }
    }

    /** The event's key is not valid form-URL-encoding, so it names no object we could read. */
    record MalformedKey(String rawKey, String detail) implements Rejection {
        public String reason() {
            return "the event key '" + rawKey + "' is not valid URL encoding: " + detail;
        }
    }
}
