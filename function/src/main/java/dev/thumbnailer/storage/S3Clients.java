package dev.thumbnailer.storage;

import dev.thumbnailer.config.Settings;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The one place S3 clients are configured: the function's client (one per container, built at
 * init) and the SnapStart priming client get the same configuration from {@link #configured}, so
 * the snapshot warms exactly the request path production takes; only the HTTP layer and the
 * credentials differ.
 */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client create(Settings settings, Map<String, String> env) {
        // The URL-connection client starts in a fraction of Apache's time and is all a handler needs.
        return configured(settings, UrlConnectionHttpClient.builder().build(), credentials(env)).build();
    }

    static S3ClientBuilder configured(Settings settings, SdkHttpClient http, AwsCredentialsProvider credentials) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(http)
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                // The SDK has no standard switch for this; local S3-compatible servers need it.
                .forcePathStyle(settings.forcePathStyle())
                .serviceConfiguration(plainUploads());
        // The SDK reads AWS_ENDPOINT_URL_S3 from the process environment itself; setting it from the
        // parsed map as well makes a map-configured handler (tests, local runner) behave the same.
        settings.s3Endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * The presigner of the upload API, configured like the client (region, credentials, endpoint,
     * addressing style) so its URLs point where the client's requests go, local servers included.
     * Signing is local computation: no request is made.
     */
    public static S3Presigner presigner(Settings settings, Map<String, String> env) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(env))
                // Checksum validation is for SDK clients reading a response; URLs are for browsers, which cannot do it.
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.forcePathStyle()).checksumValidationEnabled(false).build());
        settings.s3Endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * Uploads as one plain body with its CRC32 in a header, rather than the SDK's default aws-chunked
     * framing with the checksum in a trailer. A thumbnail is a byte array already in memory, so the
     * checksum costs nothing up front, and S3 verifies the same CRC32 either way. The framing is
     * what S3-compatible servers get wrong: S3Proxy, the local server of the tests and of
     * {@code ./try-it}, answers once it has the object's bytes, before the terminating chunk, and its
     * Jetty then closes the connection on the client still writing it. The SDK retried those broken
     * pipes (156 to 260 per integration-test run), and in 3 of about 73 runs one upload exhausted
     * all four attempts.
     */
    public static S3Configuration plainUploads() {
        return S3Configuration.builder().chunkedEncodingEnabled(false).build();
    }

    /**
     * Keys in the given environment when it has them (tests, the local runner, Lambda without
     * SnapStart); otherwise the SDK's default chain, which under SnapStart finds the container
     * credentials provider rather than environment variables.
     */
    static AwsCredentialsProvider credentials(Map<String, String> env) {
        return staticCredentials(env).<AwsCredentialsProvider>map(StaticCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    private static Optional<AwsCredentials> staticCredentials(Map<String, String> env) {
        String id = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String token = env.get("AWS_SESSION_TOKEN");
        return Optional.of(token == null || token.isBlank()
                ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, token));
    }
}
