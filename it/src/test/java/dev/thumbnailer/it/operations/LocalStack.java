package dev.thumbnailer.it.operations;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.FunctionComponents;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3ObjectStore;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The embedded S3 server with one bucket, and function components wired to it as a deployed function's would be. */
final class LocalStack implements AutoCloseable {

    /** Small sizes: these tests are about delivery and convergence, not image quality. */
    static final String SIZES = "small=32x32,medium=64x64";

    final EmbeddedS3 server;
    final S3Client client;
    final String bucket;

    private LocalStack(EmbeddedS3 server, String bucket) {
        this.server = server;
        this.client = server.client();
        this.bucket = bucket;
        client.createBucket(b -> b.bucket(bucket));
    }

    static LocalStack start(String bucket) {
        return new LocalStack(EmbeddedS3.start(), bucket);
    }

    /** A function's environment: the server's endpoint and keys, the test sizes, and Lambda's function name. */
    Map<String, String> environment(String functionName) {
        Map<String, String> env = new HashMap<>(server.environment());
        env.put("THUMBNAIL_SIZES", SIZES);
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        return env;
    }

    FunctionComponents components(String functionName, UnaryOperator<ObjectStore> decorate) {
        return FunctionComponents.withStore(SettingsParser.parse(environment(functionName)), decorate.apply(new S3ObjectStore(server.client())));
    }

    String put(String key, byte[] bytes) {
        return client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes)).eTag();
    }

    void delete(String key) {
        client.deleteObject(r -> r.bucket(bucket).key(key));
    }

    Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(client.headObject(r -> r.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    List<String> keys() {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }

    static byte[] gif(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED), "gif");
    }

    /** A JPEG of the given size whose colour depends on {@code seed}, so replacements change the content and ETag. */
    static byte[] jpeg(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 7919 & 0xFFFFFF));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(seed), 2, height - 2);
        g.dispose();
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
