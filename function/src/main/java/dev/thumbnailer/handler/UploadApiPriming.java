package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart hook of the upload API: before the snapshot, answer a few requests that need no
 * network (a valid POST, which signs a URL locally, and refusals), so a restored function has
 * the JSON, validation, signing and response classes loaded and their code compiled.
 */
final class UploadApiPriming implements Resource {

    static final String OWNER = "priming-owner";

    private final UploadApiHandler handler;

    private UploadApiPriming(UploadApiHandler handler) {
        this.handler = handler;
    }

    static UploadApiPriming register(UploadApiComponents components, UploadApiHandler handler) {
        UploadApiPriming priming = new UploadApiPriming(handler);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    /** The status codes of the priming requests: 201, then refusals (400s). */
    int[] prime() {
        String[] bodies = {
            "{\"filename\":\"priming.jpg\",\"contentType\":\"image/jpeg\",\"size\":1024,\"album\":\"priming\"}",
            "{\"filename\":\"priming.png\",\"contentType\":\"image/jpeg\",\"size\":1024}",
            "{\"filename\":\"../priming.gif\",\"contentType\":\"image/gif\",\"size\":0}",
            "{not json",
        };
        int[] statuses = new int[bodies.length];
        for (int round = 0; round < 200; round++) {
            for (int i = 0; i < bodies.length; i++) {
                statuses[i] = handler.handleRequest(post(bodies[i]), null).getStatusCode();
            }
        }
        return statuses;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: signing credentials are resolved per request through the default chain.
    }

    private static APIGatewayV2HTTPEvent post(String body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath("/uploads").build();
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(Map.of("sub", OWNER)).build();
        var authorizer = APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).withAuthorizer(authorizer).build();
        return APIGatewayV2HTTPEvent.builder().withRawPath("/uploads").withBody(body).withRequestContext(context).build();
    }
}
