package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.thumbnailer.upload.ApiRequest;
import dev.thumbnailer.upload.ApiResponse;
import dev.thumbnailer.upload.UploadRoutes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * UploadApiFunction: the HTTP API's {@code /uploads} (payload format 2.0). Thin: turns the event
 * into an {@link ApiRequest} whose owner is the {@code sub} claim the JWT authorizer validated,
 * and the answer into a response. Without an authorizer in front there is no claim, so every
 * request is 401: the function cannot be made public by a wiring mistake.
 */
public final class UploadApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json", "Cache-Control", "no-store");

    private final UploadRoutes routes;
    private final UploadApiPriming priming;

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public UploadApiHandler() {
        this(System.getenv());
    }

    public UploadApiHandler(Map<String, String> env) {
        this(env, line -> System.out.println(line));
    }

    /** The same, with log lines sent to {@code logSink} (the local runner's function log). */
    public UploadApiHandler(Map<String, String> env, Consumer<String> logSink) {
        this(UploadApiComponents.fromEnvironment(env, logSink));
    }

    public UploadApiHandler(UploadApiComponents components) {
        this.routes = components.routes();
        this.priming = UploadApiPriming.register(components, this);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiResponse answer = routes.handle(request(event));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(answer.status()).withHeaders(HEADERS).withBody(answer.body()).build();
    }

    static ApiRequest request(APIGatewayV2HTTPEvent event) {
        var context = Optional.ofNullable(event.getRequestContext());
        String method = context.map(c -> c.getHttp()).map(h -> h.getMethod()).orElse("");
        String path = Optional.ofNullable(event.getRawPath()).orElseGet(() -> context.map(c -> c.getHttp()).map(h -> h.getPath()).orElse(""));
        Optional<String> owner = context.map(c -> c.getAuthorizer()).map(a -> a.getJwt()).map(j -> j.getClaims()).map(c -> c.get("sub"));
        Map<String, String> query = Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of());
        return new ApiRequest(method, path, query, body(event), owner);
    }

    private static String body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null || !event.getIsBase64Encoded()) {
            return body;
        }
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "\u0000not base64"; // fails JSON parsing: a 400, like any other unreadable body
        }
    }
}
