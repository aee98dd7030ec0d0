package dev.thumbnailer.upload;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.config.UploadSettings;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.UploadStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload API's operations, over the caller's own folder only. Routing, authentication and
 * the error contract are in {@link UploadRoutes}; this class assumes an authenticated owner.
 */
public final class UploadApi {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;

    private final UploadSettings uploads;
    private final String thumbnailBucket;
    private final UploadKeys keys;
    private final UploadPolicy policy;
    private final ObjectStore objects;
    private final UploadStore store;
    private final UploadStatus status;

    public UploadApi(Settings settings, UploadSettings uploads, ObjectStore objects, UploadStore store) {
        DerivativeKeys derivatives = new DerivativeKeys(settings.thumbnailPrefix());
        this.uploads = uploads;
        this.thumbnailBucket = settings.destinationFor(uploads.uploadBucket());
        this.keys = new UploadKeys(uploads, derivatives, settings.sizes().stream().map(ThumbnailSize::name).toList());
        this.policy = new UploadPolicy(settings.maxSourceBytes());
        this.objects = objects;
        this.store = store;
        this.status = new UploadStatus(objects, store, derivatives, settings.sizes(), uploads.thumbnailUrlTtl());
    }

    /** {@code POST /uploads}: a presigned PUT for a key the server picks inside the owner's folder. */
    ApiResponse create(String owner, String body) {
        UploadRequest request = UploadRequest.parse(body);
        String key = keys.keyFor(owner, request.album(), request.filename());
        String contentType = policy.check(request.filename(), request.contentType(), request.size()).mimeType();
        UploadStore.SignedRequest signed = store.presignPut(uploads.uploadBucket(), key, contentType, request.size(), uploads.uploadUrlTtl());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("key", key);
        answer.put("method", "PUT");
        answer.put("url", signed.url().toString());
        answer.put("headers", signed.headers());
        answer.put("expiresAt", signed.expiresAt().toString());
        return ApiResponse.json(201, answer);
    }

    /** {@code GET /uploads?key=K}. */
    ApiResponse status(String owner, String key) {
        String own = keys.requireOwned(owner, key);
        return status.of(uploads.uploadBucket(), thumbnailBucket, own).map(body -> ApiResponse.json(200, body))
                .orElseThrow(() -> ApiError.notFound("you have no upload with this key"));
    }

    /** {@code GET /uploads[?album=A][&limit=N][&cursor=C]}: the owner's keys, in key order, a page at a time. */
    ApiResponse list(String owner, Optional<String> album, Optional<String> limit, Optional<String> cursor) {
        String folder = album.isPresent() ? keys.albumFolder(owner, album.get()) : keys.ownerFolder(owner);
        int pageSize = limit.map(UploadApi::pageSize).orElse(DEFAULT_PAGE);
        if (cursor.filter(c -> c.isEmpty() || c.length() > 1024).isPresent()) {
            throw ApiError.badRequest("invalid_cursor", "\"cursor\" must be a nextCursor this API returned");
        }
        var page = store.list(uploads.uploadBucket(), folder, pageSize, cursor);
        List<Map<String, Object>> items = page.objects().stream().filter(o -> owned(owner, o.key())).map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", o.key());
            item.put("size", o.size());
            item.put("lastModified", o.lastModified().toString());
            return item;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("uploads", items);
        page.nextCursor().ifPresent(next -> answer.put("nextCursor", next));
        return ApiResponse.json(200, answer);
    }

    /** {@code DELETE /uploads?key=K}: the original only; CleanupFunction removes its thumbnails on the delete event. */
    ApiResponse delete(String owner, String key) {
        String own = keys.requireOwned(owner, key);
        if (objects.head(uploads.uploadBucket(), own).isEmpty()) {
            throw ApiError.notFound("you have no upload with this key");
        }
        objects.deleteAll(uploads.uploadBucket(), List.of(own));
        return ApiResponse.noContent();
    }

    private boolean owned(String owner, String key) {
        try {
            keys.requireOwned(owner, key);
            return true;
        } catch (ApiError e) {
            return false;
        }
    }

    private static int pageSize(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("invalid_limit", "\"limit\" must be a whole number from 1 to " + MAX_PAGE);
    }
}
