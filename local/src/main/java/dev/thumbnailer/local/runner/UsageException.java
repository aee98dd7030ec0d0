package dev.thumbnailer.local.runner;

/** A problem the user can fix (a bad folder, a busy port): printed as is, no stack trace, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
