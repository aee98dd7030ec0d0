package dev.thumbnailer.local.runner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** A derivative as it is in the bucket: what the function actually wrote, read back, not what it said. */
record DerivativeInfo(String key, String contentType, int width, int height, long bytes, byte[] content) {

    static DerivativeInfo fetch(S3Client s3, String bucket, String key) {
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
        byte[] content = object.asByteArray();
        BufferedImage image = decode(content);
        return new DerivativeInfo(key, object.response().contentType(),
                image == null ? 0 : image.getWidth(), image == null ? 0 : image.getHeight(), content.length, content);
    }

    private static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            return null; // shown as 0x0: the table is a report, the tests assert decodability
        }
    }
}
