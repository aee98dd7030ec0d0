package dev.thumbnailer.upload;

/**
 * A request the API refuses, answered as {@code status {"error": {"code", "message"}}}. Codes are
 * stable, for clients to branch on; messages are for people.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    /** Also what another owner's key gets: whether it exists is none of the caller's business. */
    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
