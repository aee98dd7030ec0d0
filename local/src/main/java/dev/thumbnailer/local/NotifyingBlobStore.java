package dev.thumbnailer.local;

import java.io.InputStream;
import java.util.function.Consumer;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The embedded server's storage, reporting every object written or removed, whoever sent the
 * request (a browser's presigned PUT, the SDK, a function's own writes): the event notifications
 * S3 sends and S3Proxy does not. Hooked where S3Proxy stores objects rather than by watching the
 * bucket, so no change is missed however quickly the next one follows. Each notification is
 * reported after the store succeeded, before S3Proxy answers the request; a single DeleteObjects
 * request goes through {@link #removeBlob} once per key.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {

    private final Consumer<S3Events.Notification> listener;

    NotifyingBlobStore(BlobStore delegate, Consumer<S3Events.Notification> listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        long size = request.contentLength() == null ? 0 : request.contentLength();
        listener.accept(new S3Events.Notification("ObjectCreated:Put", request.bucket(), request.key(), size, unquoted(response.eTag())));
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        String eTag = response.copyObjectResult() == null ? null : unquoted(response.copyObjectResult().eTag());
        listener.accept(new S3Events.Notification("ObjectCreated:Copy", request.destinationBucket(), request.destinationKey(), 0, eTag));
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        listener.accept(new S3Events.Notification("ObjectCreated:CompleteMultipartUpload", request.bucket(), request.key(), 0,
                unquoted(response.eTag())));
        return response;
    }

    @Override
    public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
        DeleteObjectResponse response = super.removeBlob(request);
        listener.accept(new S3Events.Notification("ObjectRemoved:Delete", request.bucket(), request.key(), 0, null));
        return response;
    }

    private static String unquoted(String eTag) {
        return eTag == null ? null : eTag.replace("\"", "");
    }
}
