package dev.thumbnailer.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** HTTP API (payload 2.0) events as API Gateway sends them after its JWT authorizer accepted a token with this {@code sub}. */
final class UploadApiBedEvents {

    private UploadApiBedEvents() {
    }

    static APIGatewayV2HTTPEvent request(String owner, String method, Map<String, String> query, String body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath("/uploads").build();
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(Map.of("sub", owner)).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http)
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build()).build();
        return APIGatewayV2HTTPEvent.builder().withRawPath("/uploads").withQueryStringParameters(query).withBody(body)
                .withRequestContext(context).build();
    }

    static APIGatewayV2HTTPEvent post(String owner, String body) {
        return request(owner, "POST", Map.of(), body);
    }
}
