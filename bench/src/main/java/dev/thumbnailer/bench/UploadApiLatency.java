package dev.thumbnailer.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.thumbnailer.bench.crac.Core;
import dev.thumbnailer.handler.UploadApiHandler;
import java.util.Arrays;
import java.util.Map;

/**
 * Latency of {@code POST /uploads} through the real handler, in this JVM: validation, key layout,
 * signing and the JSON answer (no network: signing is local). Mode {@code primed} runs the
 * function's SnapStart hooks first (start the JVM with
 * {@code -Dorg.crac.Core.Compat=dev.thumbnailer.bench.crac}), so its first request is the one a
 * restored snapshot would serve; {@code plain} is a cold start without SnapStart.
 * Args: mode, number of warm requests. Prints init, first and second request, and the warm median and p99.
 */
public final class UploadApiLatency {

    private UploadApiLatency() {
    }

    public static void main(String[] args) throws Exception {
        boolean primed = args[0].equals("primed");
        int warm = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        UploadApiHandler handler = new UploadApiHandler(Map.of("UPLOAD_BUCKET", "bench-uploads", "AWS_REGION", "eu-west-1",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "bench-secret"), line -> { });
        long init = System.nanoTime();
        if (primed) {
            Core.checkpointRestore();
        }
        long afterHooks = System.nanoTime();
        long first = time(handler, 0);
        long second = time(handler, 1);
        long[] samples = new long[warm];
        for (int i = 0; i < warm; i++) {
            samples[i] = time(handler, i + 2);
        }
        Arrays.sort(samples);
        System.out.printf("POST /uploads %s: init %.1f ms, hooks %.1f ms (%d registered), first %.2f ms, second %.2f ms, warm median %.1f µs, p99 %.1f µs over %d%n",
                args[0], ms(init - start), ms(afterHooks - init), Core.registered(), ms(first), ms(second),
                samples[warm / 2] / 1e3, samples[warm * 99 / 100] / 1e3, warm);
    }

    private static long time(UploadApiHandler handler, int i) {
        APIGatewayV2HTTPEvent event = post("{\"filename\":\"IMG_" + i + ".jpg\",\"contentType\":\"image/jpeg\",\"size\":3456789,\"album\":\"summer-2024\"}");
        long start = System.nanoTime();
        int status = handler.handleRequest(event, null).getStatusCode();
        long elapsed = System.nanoTime() - start;
        if (status != 201) {
            throw new IllegalStateException("POST answered " + status);
        }
        return elapsed;
    }

    private static APIGatewayV2HTTPEvent post(String body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath("/uploads").build();
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(Map.of("sub", "3f1c0d9e-7a41-4c1e-9a55-0d6b1f2e8c77")).build();
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http)
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build()).build();
        return APIGatewayV2HTTPEvent.builder().withRawPath("/uploads").withBody(body).withRequestContext(context).build();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
