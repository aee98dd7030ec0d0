package dev.thumbnailer.image;

/** Small shared helpers for turning decoder failures into readable rejection details. */
final class Decoding {

    private Decoding() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
