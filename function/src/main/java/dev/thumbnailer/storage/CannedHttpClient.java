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
 * An HTTP client that never touches the network: it answers S3 calls the way S3 does, from
 * memory. Used only to prime the SDK before a SnapStart snapshot, where a real request could fail
 * (no credentials yet, no route) and would bake connection state into the snapshot. Any key ending
 * in {@link #GONE} is missing (404, as for a deleted original); any other key holds {@code original}.
 * Headers are S3's, dates included, so their parsers are primed too.
 */
final class CannedHttpClient implements SdkHttpClient {

    static final String GONE = "gone.jpg";
    static final String ETAG = "\"5289df737df57326fcdd22597afb1fac\"";
    private static final String DATE = "Sat, 21 Nov 2026 00:00:00 GMT";
    /** Two size folders under whatever prefix was listed. */
    private static final String LIST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult>"
            + "<Name>priming</Name><Prefix>%1$s</Prefix><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated><Delimiter>/</Delimiter>"
            + "<CommonPrefixes><Prefix>%1$ssmall/</Prefix></CommonPrefixes><CommonPrefixes><Prefix>%1$smedium/</Prefix></CommonPrefixes>"
            + "</ListBucketResult>";
    private static final String DELETED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult></DeleteResult>";

    private final byte[] original;

    CannedHttpClient(byte[] original) {
        this.original = original.clone();
    }

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

    private HttpExecuteResponse respond(HttpExecuteRequest request) {
        SdkHttpMethod method = request.httpRequest().method();
        boolean listing = request.httpRequest().rawQueryParameters().containsKey("list-type");
        boolean object = !listing && method != SdkHttpMethod.POST && method != SdkHttpMethod.PUT;
        if (object && request.httpRequest().encodedPath().endsWith(GONE)) {
            return response(404, method == SdkHttpMethod.HEAD ? new byte[0] : utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>"), "application/xml", -1);
        }
        if (listing || method == SdkHttpMethod.POST) {
            String prefix = request.httpRequest().firstMatchingRawQueryParameter("prefix").orElse("");
            return response(200, utf8(listing ? LIST.formatted(prefix) : DELETED), "application/xml", -1);
        }
        if (method == SdkHttpMethod.PUT) {
            return response(200, new byte[0], null, -1);
        }
        return response(200, method == SdkHttpMethod.HEAD ? new byte[0] : original, "image/jpeg", original.length);
    }

    private static HttpExecuteResponse response(int status, byte[] body, String contentType, long objectLength) {
        SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(status)
                .putHeader("x-amz-request-id", "PRIMING0000000000")
                .putHeader("x-amz-id-2", "cHJpbWluZw==")
                .putHeader("Date", DATE)
                .putHeader("Server", "AmazonS3")
                .putHeader("Content-Length", String.valueOf(objectLength >= 0 ? objectLength : body.length));
        if (status == 200 && objectLength >= 0 || contentType == null) {
            response.putHeader("ETag", ETAG).putHeader("Last-Modified", DATE);
        }
        if (contentType != null) {
            response.putHeader("Content-Type", contentType);
        }
        return HttpExecuteResponse.builder().response(response.build())
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
