package dev.thumbnailer.upload;

import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the API sees it, whatever carried it (API Gateway's payload 2.0 event, or the
 * local server).
 *
 * @param owner the authenticated caller (the JWT's {@code sub}); empty when no token was validated
 * @param query decoded query parameters; a repeated name is joined with ',' as API Gateway does
 */
public record ApiRequest(String method, String path, Map<String, String> query, String body, Optional<String> owner) {

    public ApiRequest {
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
