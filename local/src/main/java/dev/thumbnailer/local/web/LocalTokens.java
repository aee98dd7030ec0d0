package dev.thumbnailer.local.web;

import dev.thumbnailer.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sub} of a bearer JWT, read without verifying it: locally there is no identity
 * provider, and this only lets a developer act as several users. In AWS the HTTP API's JWT
 * authorizer verifies the token before the function runs.
 */
final class LocalTokens {

    private LocalTokens() {
    }

    static Optional<String> subject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Object claims = JsonReader.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims instanceof Map<?, ?> map && map.get("sub") instanceof String sub && !sub.isBlank() ? Optional.of(sub) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
