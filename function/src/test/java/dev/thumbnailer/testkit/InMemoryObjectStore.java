package dev.thumbnailer.testkit;

import dev.thumbnailer.storage.ListedObject;
import dev.thumbnailer.storage.ObjectInfo;
import dev.thumbnailer.storage.ObjectStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * An {@link ObjectStore} in memory, with S3's semantics where the service relies on them (an ETag
 * per content, conditional GET, idempotent deletes, folders by delimiter), for testing the
 * service's rounds in milliseconds. {@link #onNext} runs an action once, right after the next call
 * of a kind, so a race with another client happens at a chosen point. Every call is counted by kind.
 */
public final class InMemoryObjectStore implements ObjectStore {

    public enum Call { HEAD, GET, PUT, DELETE, LIST }

    public record Stored(byte[] bytes, String eTag, String contentType, Map<String, String> metadata) {
    }

    private final Map<String, Stored> objects = new ConcurrentSkipListMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Hook> hooks = new ArrayList<>();
    private int pageSize = 1000;

    private record Hook(Call after, Consumer<InMemoryObjectStore> action) {
    }

    /** Puts an object as another client would: no hook fires and nothing is counted. */
    public String upload(String bucket, String key, byte[] bytes) {
        Stored stored = new Stored(bytes.clone(), md5(bytes), "application/octet-stream", Map.of());
        objects.put(bucket + "/" + key, stored);
        return stored.eTag();
    }

    /** Deletes an object as another client would. */
    public void remove(String bucket, String key) {
        objects.remove(bucket + "/" + key);
    }

    public Optional<Stored> get(String bucket, String key) {
        return Optional.ofNullable(objects.get(bucket + "/" + key));
    }

    /** Keys in {@code bucket} under {@code prefix}, sorted. */
    public List<String> keys(String bucket, String prefix) {
        return objects.keySet().stream().filter(k -> k.startsWith(bucket + "/" + prefix)).map(k -> k.substring(bucket.length() + 1)).toList();
    }

    /** Runs {@code action} once, right after the next call of kind {@code after}; hooks of one kind fire in order, one per call. */
    public synchronized void onNext(Call after, Consumer<InMemoryObjectStore> action) {
        hooks.add(new Hook(after, action));
    }

    public synchronized long count(Call kind) {
        return calls.stream().filter(kind::equals).count();
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        Optional<ObjectInfo> info = get(bucket, key).map(s -> new ObjectInfo(s.bytes().length, s.eTag(), Optional.empty(),
                Optional.of(s.contentType()), s.metadata()));
        called(Call.HEAD);
        return info;
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        Optional<byte[]> bytes = get(bucket, key).filter(s -> s.eTag().equals(eTag)).map(s -> s.bytes().clone());
        called(Call.GET);
        return bytes;
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        objects.put(bucket + "/" + key, new Stored(bytes.clone(), md5(bytes), contentType, Map.copyOf(metadata)));
        called(Call.PUT);
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        keys.forEach(key -> objects.remove(bucket + "/" + key));
        called(Call.DELETE);
    }

    @Override
    public List<String> listFolders(String bucket, String prefix) {
        TreeSet<String> folders = new TreeSet<>();
        for (String key : keys(bucket, prefix)) {
            int slash = key.indexOf('/', prefix.length());
            if (slash >= 0) {
                folders.add(key.substring(0, slash + 1));
            }
        }
        called(Call.LIST);
        return List.copyOf(folders);
    }

    /** Pages of {@code pageSize} (S3: 1000), each counted as one LIST. */
    @Override
    public void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page) {
        List<ListedObject> all = keys(bucket, prefix).stream()
                .map(key -> get(bucket, key).map(s -> new ListedObject(key, s.bytes().length, s.eTag())).orElseThrow()).toList();
        for (int from = 0; from == 0 || from < all.size(); from += pageSize) {
            called(Call.LIST);
            page.accept(all.subList(from, Math.min(all.size(), from + pageSize)));
        }
    }

    /** Listing page size, small in tests to exercise pagination. */
    public InMemoryObjectStore pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    private void called(Call kind) {
        Optional<Hook> due;
        synchronized (this) {
            calls.add(kind);
            due = hooks.stream().filter(h -> h.after() == kind).findFirst();
            due.ifPresent(hooks::remove);
        }
        due.ifPresent(h -> h.action().accept(this));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
