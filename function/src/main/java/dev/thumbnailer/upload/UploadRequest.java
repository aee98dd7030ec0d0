package dev.thumbnailer.upload;

import dev.thumbnailer.json.JsonException;
import dev.thumbnailer.json.JsonReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The body of {@code POST /uploads}, checked for shape only (names and limits are checked by their owners). */
record UploadRequest(String filename, String contentType, long size, Optional<String> album) {

    private static final Set<String> FIELDS = Set.of("filename", "contentType", "size", "album");
    /** A body is four short fields; anything much larger is not a request of this API. */
    static final int MAX_BODY_CHARS = 8192;

    static UploadRequest parse(String body) {
        if (body.length() > MAX_BODY_CHARS) {
            throw ApiError.badRequest("body_too_large", "the body must be at most " + MAX_BODY_CHARS + " characters");
        }
        Object parsed;
        try {
            parsed = JsonReader.parse(body);
        } catch (JsonException e) {
            throw ApiError.badRequest("malformed_json", "the body is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            throw ApiError.badRequest("malformed_json", "the body must be a JSON object");
        }
        fields.keySet().stream().filter(name -> !FIELDS.contains(name)).findFirst().ifPresent(name -> {
            throw ApiError.badRequest("unknown_field", "unknown field \"" + name + "\" (expected filename, contentType, size, album)");
        });
        Optional<String> album = Optional.ofNullable(fields.get("album")).filter(v -> v != JsonReader.NULL).map(v -> text(v, "album"));
        return new UploadRequest(text(required(fields, "filename"), "filename"), text(required(fields, "contentType"), "contentType"),
                size(required(fields, "size")), album);
    }

    private static Object required(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null || value == JsonReader.NULL) {
            throw ApiError.badRequest("missing_field", "\"" + name + "\" is required");
        }
        return value;
    }

    private static String text(Object value, String name) {
        if (!(value instanceof String s)) {
            throw ApiError.badRequest("invalid_field", "\"" + name + "\" must be a string");
        }
        return s;
    }

    private static long size(Object value) {
        if (!(value instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
            throw ApiError.badRequest("invalid_field", "\"size\" must be a whole number of bytes");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw ApiError.badRequest("invalid_size", "\"size\" is out of range");
        }
    }
}
