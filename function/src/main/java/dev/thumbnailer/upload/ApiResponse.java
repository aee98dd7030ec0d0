package dev.thumbnailer.upload;

import dev.thumbnailer.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** @param body JSON text, empty for 204 */
public record ApiResponse(int status, String body) {

    static ApiResponse json(int status, Map<String, ?> body) {
        return new ApiResponse(status, JsonWriter.write(body));
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, "");
    }

    public static ApiResponse error(ApiError error) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", error.code());
        detail.put("message", error.getMessage());
        return json(error.status(), Map.of("error", detail));
    }
}
