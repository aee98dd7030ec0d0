package dev.thumbnailer.storage;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs every S3 call the functions make through a throw-away client whose HTTP layer is canned,
 * so marshalling, signing, checksums, retries and unmarshalling are class-loaded and warmed
 * before a SnapStart snapshot, with no network call that could fail at snapshot time.
 */
public final class S3Priming {

    private S3Priming() {
    }

    public static void exercise(String region) {
        try (S3Client client = S3Client.builder()
                .httpClient(new CannedHttpClient())
                .region(Region.of(region))
                .endpointOverride(URI.create("http://priming.invalid"))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .build()) {
            ObjectStore store = new S3ObjectStore(client);
            store.head("priming", "k.jpg");
            store.getIfMatch("priming", "k.jpg", "5289df737df57326fcdd22597afb1fac");
            store.put("priming", "p/s/k.jpg", CannedHttpClient.BODY, "image/jpeg", Map.of("source-etag", "e"));
            store.listFolders("priming", "p/");
            store.deleteAll("priming", List.of("p/s/k.jpg"));
        }
    }
}
