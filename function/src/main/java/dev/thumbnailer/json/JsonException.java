package dev.thumbnailer.json;

/** Text that is not the JSON expected; the message says what and where, for the client to read. */
public final class JsonException extends RuntimeException {

    public JsonException(String message) {
        super(message);
    }
}
