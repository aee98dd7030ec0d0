package dev.thumbnailer.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.PrintStream;

/** A loaded, initialised handler of a function behind an HTTP API (payload format 2.0), invoked in this JVM. */
public final class LocalHttpFunction {

    private final String logicalId;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final PrintStream log;

    LocalHttpFunction(String logicalId, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, PrintStream log) {
        this.logicalId = logicalId;
        this.handler = handler;
        this.log = log;
    }

    public String logicalId() {
        return logicalId;
    }

    public APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, LocalContext.newInvocation(logicalId, log));
    }
}
