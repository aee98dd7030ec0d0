package dev.thumbnailer.storage;

import dev.thumbnailer.config.Settings;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * An {@link ObjectStore} whose S3 client is real down to the HTTP layer, which is canned
 * ({@link CannedHttpClient}): running the functions' work against it before a SnapStart snapshot
 * class-loads and warms marshalling, signing, checksums, retries, error handling and unmarshalling,
 * with no network call that could fail at snapshot time.
 */
public final class S3Priming {

    /** The canned store's bucket; every key in it holds the given original, except {@link #GONE_KEY}. */
    public static final String BUCKET = "priming";
    public static final String ORIGINAL_KEY = "uploads/original.jpg";
    /** A deleted original: HEAD and GET answer 404. */
    public static final String GONE_KEY = "uploads/" + CannedHttpClient.GONE;

    private S3Priming() {
    }

    /**
     * Runs {@code work} against a canned store serving {@code original}, then closes its client.
     * The client is configured like the real one (region, endpoint, addressing style), so the same
     * endpoint rules and signing path are primed; only the HTTP layer and the credentials differ.
     */
    public static void withCannedStore(Settings settings, byte[] original, Consumer<ObjectStore> work) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(new CannedHttpClient(original))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.forcePathStyle())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")));
        settings.s3Endpoint().ifPresent(builder::endpointOverride);
        try (S3Client client = builder.build()) {
            work.accept(new S3ObjectStore(client));
        }
    }
}
