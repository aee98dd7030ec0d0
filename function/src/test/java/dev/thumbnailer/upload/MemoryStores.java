package dev.thumbnailer.upload;

import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.StorageException;
import dev.thumbnailer.storage.UploadStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;

/** Both stores in memory: objects by "bucket/key", URLs that name what was signed. */
final class MemoryStores implements ObjectStore, UploadStore {

    record Stored(byte[] bytes, String contentType, Map<String, String> metadata, String eTag) {
    }

    final TreeMap<String, Stored> objects = new TreeMap<>();
    final AtomicInteger heads = new AtomicInteger();
    boolean failing;

    void putObject(String bucket, String key, String eTag, Map<String, String> metadata, byte[] bytes) {
        objects.put(bucket + "/" + key, new Stored(bytes, "image/jpeg", Map.copyOf(metadata), eTag));
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        heads.incrementAndGet();
        failIfFailing(bucket, key);
        return Optional.ofNullable(objects.get(bucket + "/" + key))
                .map(s -> new ObjectInfo(s.bytes().length, s.eTag(), Optional.empty(), Optional.of(s.contentType()), s.metadata()));
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        return Optional.ofNullable(objects.get(bucket + "/" + key)).filter(s -> s.eTag().equals(eTag)).map(Stored::bytes);
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        objects.put(bucket + "/" + key, new Stored(bytes, contentType, Map.copyOf(metadata), "etag-" + objects.size()));
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        keys.forEach(k -> objects.remove(bucket + "/" + k));
    }

    @Override
    public List<String> listFolders(String bucket, String prefix) {
        return List.of();
    }

    @Override
    public void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page) {
        page.accept(objects.entrySet().stream().filter(e -> e.getKey().startsWith(bucket + "/" + prefix))
                .map(e -> new ListedObject(e.getKey().substring(bucket.length() + 1), e.getValue().bytes().length, e.getValue().eTag())).toList());
    }

    @Override
    public SignedRequest presignPut(String bucket, String key, String contentType, long contentLength, Duration ttl) {
        return new SignedRequest(URI.create("https://s3.test/" + bucket + "/" + key.replace(" ", "%20") + "?len=" + contentLength),
                Map.of("Content-Type", contentType), Instant.parse("2026-01-01T00:00:00Z").plus(ttl));
    }

    @Override
    public URI presignGet(String bucket, String key, Duration ttl) {
        return URI.create("https://s3.test/" + bucket + "/" + key.replace(" ", "%20") + "?get");
    }

    @Override
    public Page list(String bucket, String prefix, int limit, Optional<String> cursor) {
        failIfFailing(bucket, prefix);
        List<Listed> all = new ArrayList<>();
        objects.tailMap(bucket + "/" + cursor.orElse(prefix), cursor.isEmpty()).forEach((k, v) -> {
            String key = k.substring(bucket.length() + 1);
            if (k.startsWith(bucket + "/") && key.startsWith(prefix)) {
                all.add(new Listed(key, v.bytes().length, Instant.EPOCH));
            }
        });
        List<Listed> page = all.subList(0, Math.min(limit, all.size()));
        return new Page(page, all.size() > limit ? Optional.of(page.getLast().key()) : Optional.empty());
    }

    private void failIfFailing(String bucket, String key) {
        if (failing) {
            throw new StorageException("HEAD", bucket, key, new RuntimeException("connection refused"));
        }
    }
}
