package dev.thumbnailer.local;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One {@link EmbeddedS3} per test class: started before its first test with a client and the
 * given buckets, stopped after its last. Register it on a static field,
 * <pre>{@code @RegisterExtension static final EmbeddedS3Extension S3 = new EmbeddedS3Extension();}</pre>
 * and use {@link #server()} and {@link #client()}, or declare an {@code EmbeddedS3} or
 * {@code S3Client} parameter on a test or lifecycle method. Nested classes share their outer
 * class's server.
 */
public final class EmbeddedS3Extension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final List<String> buckets;
    private String owner;
    private EmbeddedS3 server;
    private S3Client client;

    public EmbeddedS3Extension(String... buckets) {
        this.buckets = List.of(buckets);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server != null) {
            return;
        }
        owner = context.getUniqueId();
        server = EmbeddedS3.start();
        client = server.client();
        buckets.forEach(bucket -> client.createBucket(b -> b.bucket(bucket)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(owner)) {
            return;
        }
        try (EmbeddedS3 stopping = server; S3Client closing = client) {
            server = null;
            client = null;
        }
    }

    public EmbeddedS3 server() {
        if (server == null) {
            throw new IllegalStateException("the embedded S3 server runs only while its test class does");
        }
        return server;
    }

    public S3Client client() {
        server();
        return client;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedS3.class || type == S3Client.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedS3.class ? server() : client();
    }
}
