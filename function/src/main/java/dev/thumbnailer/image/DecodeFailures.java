package dev.thumbnailer.image;

/** Small shared helpers for turning decoder failures into readable rejection details. */
final class DecodeFailures {

    private DecodeFailures() {
    }

    /**
     * Rethrows an {@link OutOfMemoryError} hidden in {@code e}'s causes. ImageIO's PNG reader wraps
     * one in an IIOException; turned into an "undecodable" rejection, a memory shortfall would
     * silently lose a valid upload instead of failing the invocation so that Lambda retries it.
     */
    static void rethrowIfOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                throw oom;
            }
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
