package dev.thumbnailer.upload;

import dev.thumbnailer.storage.StorageException;
import dev.thumbnailer.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The API's one resource, {@code /uploads}, and its error contract: every refusal is
 * {@code {"error": {"code", "message"}}} with a 4xx status, including input nothing anticipated
 * (a bug shows as a logged 400, never as a 500 with a stack trace); only storage failures are 503,
 * since retrying them can succeed.
 */
public final class UploadRoutes {

    public static final String PATH = "/uploads";

    private final UploadApi api;
    private final Consumer<String> log;

    public UploadRoutes(UploadApi api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiError e) {
            return ApiResponse.error(e);
        } catch (StorageException e) {
            log("ERROR", request, e);
            return ApiResponse.error(new ApiError(503, "storage_unavailable", "storage is unavailable; try again"));
        } catch (RuntimeException e) {
            log("WARN", request, e);
            return ApiResponse.error(ApiError.badRequest("invalid_request", "the request cannot be processed"));
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path() == null ? "" : request.path();
        if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
            throw new ApiError(404, "no_such_route", "the API has only " + PATH);
        }
        String owner = request.owner().filter(o -> !o.isBlank())
                .orElseThrow(() -> new ApiError(401, "unauthenticated", "a valid bearer token is required"));
        return switch (String.valueOf(request.method())) {
            case "POST" -> api.create(owner, request.body());
            case "GET" -> request.param("key").isPresent()
                    ? api.status(owner, request.param("key").get())
                    : api.list(owner, request.param("album"), request.param("limit"), request.param("cursor"));
            case "DELETE" -> api.delete(owner, request.param("key")
                    .orElseThrow(() -> ApiError.badRequest("missing_parameter", "\"key\" is required")));
            default -> throw new ApiError(405, "method_not_allowed", "use POST, GET or DELETE");
        };
    }

    private void log(String level, ApiRequest request, RuntimeException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", level);
        line.put("outcome", "api_error");
        line.put("method", request.method());
        line.put("path", request.path());
        line.put("error", e.getClass().getName() + ": " + e.getMessage());
        log.accept(JsonWriter.write(line));
    }
}
