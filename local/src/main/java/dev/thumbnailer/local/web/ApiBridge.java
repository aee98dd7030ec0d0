package dev.thumbnailer.local.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.thumbnailer.local.lambda.LocalHttpFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /uploads} as API Gateway's HTTP API serves it: the request becomes a payload 2.0 event
 * whose JWT claims carry the owner, handed to the upload function's handler. There is no identity
 * provider locally, so nothing is verified: the owner is the token's {@code sub} when a bearer
 * JWT is sent, else a fixed local user.
 */
final class ApiBridge implements HttpHandler {

    static final String LOCAL_OWNER = "local-user";
    static final int MAX_BODY = 64 * 1024;

    private final LocalHttpFunction function;

    ApiBridge(LocalHttpFunction function) {
        this.function = function;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = read(exchange.getRequestBody());
            APIGatewayV2HTTPEvent event = event(exchange, body == null ? "" : new String(body, StandardCharsets.UTF_8));
            APIGatewayV2HTTPResponse response = body == null
                    ? APIGatewayV2HTTPResponse.builder().withStatusCode(413).withBody("{\"error\":{\"code\":\"body_too_large\",\"message\":\"too large\"}}").build()
                    : function.invoke(event);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach(exchange.getResponseHeaders()::set);
            }
            byte[] out = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        }
    }

    static APIGatewayV2HTTPEvent event(HttpExchange exchange, String body) {
        String owner = LocalTokens.subject(exchange.getRequestHeaders().getFirst("Authorization")).orElse(LOCAL_OWNER);
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(exchange.getRequestMethod())
                .withPath(exchange.getRequestURI().getRawPath()).withSourceIp("127.0.0.1").build();
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(Map.of("sub", owner)).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http)
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build()).build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(exchange.getRequestURI().getRawQuery()).withQueryStringParameters(query(exchange.getRequestURI().getRawQuery()))
                .withBody(body).withIsBase64Encoded(false).withRequestContext(context).build();
    }

    /** Decoded parameters, a repeated name joined with ',' as API Gateway joins them. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // API Gateway passes malformed escapes through; the API then refuses the value
        }
    }

    /** The body, or null if it is larger than any request of the API can be. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : bytes;
    }
}
