package dev.thumbnailer.storage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that never touches the network: it answers every S3 call with a small canned
 * success. Used only to prime the SDK before a SnapStart snapshot, where a real request could fail
 * (no credentials yet, no route) and would bake connection state into the snapshot.
 */
final class CannedHttpClient implements SdkHttpClient {

    static final byte[] BODY = {1, 2, 3};
    private static final String LIST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult>"
            + "<Name>b</Name><Prefix>p/</Prefix><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated>"
            + "<CommonPrefixes><Prefix>p/s/</Prefix></CommonPrefixes></ListBucketResult>";
    private static final String DELETED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult></DeleteResult>";

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return respond(request);
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    private static HttpExecuteResponse respond(HttpExecuteRequest request) {
        SdkHttpMethod method = request.httpRequest().method();
        boolean listing = request.httpRequest().rawQueryParameters().containsKey("list-type");
        byte[] body = method == SdkHttpMethod.POST ? utf8(DELETED) : listing ? utf8(LIST) : method == SdkHttpMethod.GET ? BODY : new byte[0];
        SdkHttpResponse response = SdkHttpResponse.builder().statusCode(200)
                .putHeader("ETag", "\"5289df737df57326fcdd22597afb1fac\"")
                .putHeader("Content-Length", String.valueOf(method == SdkHttpMethod.HEAD ? BODY.length : body.length))
                .putHeader("Content-Type", listing || method == SdkHttpMethod.POST ? "application/xml" : "image/jpeg")
                .build();
        return HttpExecuteResponse.builder().response(response)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // no resources
    }
}
