package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadApiHandlerTest {

    static final Map<String, String> ENV = Map.of("UPLOAD_BUCKET", "photos", "AWS_ACCESS_KEY_ID", "id", "AWS_SECRET_ACCESS_KEY", "secret",
            "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1", "S3_FORCE_PATH_STYLE", "true");

    final UploadApiHandler handler = new UploadApiHandler(ENV, line -> { });

    static APIGatewayV2HTTPEvent event(String body, boolean base64, Map<String, String> claims) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath("/uploads").build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http);
        if (claims != null) {
            var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build();
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        }
        return APIGatewayV2HTTPEvent.builder().withRawPath("/uploads").withBody(body).withIsBase64Encoded(base64)
                .withRequestContext(context.build()).build();
    }

    @Test
    void handleRequest_base64BodyAndSubClaim_signsInTheSubjectsFolder() {
        String body = "{\"filename\":\"a.gif\",\"contentType\":\"image/gif\",\"size\":5}";
        String encoded = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event(encoded, true, Map.of("sub", "alice")), null);

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertTrue(response.getBody().contains("\"key\":\"users/alice/a.gif\""), response.getBody());
        assertTrue(response.getBody().contains("http://127.0.0.1:1/photos/users/alice/a.gif?"), response.getBody());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
    }

    @Test
    void handleRequest_noAuthorizer_is401() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("{}", false, null), null);

        assertEquals(401, response.getStatusCode());
    }

    @Test
    void handleRequest_claimsWithoutSub_is401() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("{}", false, Map.of("email", "a@b.c")), null);

        assertEquals(401, response.getStatusCode());
    }

    @Test
    void handleRequest_invalidBase64_is400() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("%%%", true, Map.of("sub", "alice")), null);

        assertEquals(400, response.getStatusCode());
    }

    @Test
    void handleRequest_emptyEvent_is4xx() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(new APIGatewayV2HTTPEvent(), null);

        assertEquals(404, response.getStatusCode());
    }

    @Test
    void prime_offline_signsAndRefusesAsARealRequestWould() {
        int[] statuses = UploadApiPriming.register(UploadApiComponents.fromEnvironment(ENV, line -> { }), handler).prime();

        assertArrayEquals(new int[] {201, 400, 400, 400}, statuses);
    }
}
