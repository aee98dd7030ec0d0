package dev.thumbnailer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.testkit.InMemoryObjectStore;
import dev.thumbnailer.testkit.InMemoryObjectStore.Call;
import dev.thumbnailer.testkit.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backfill and reconcile of one key against an in-memory store: each case, and what it costs in requests. */
class BackfillTest {

    private static final String BUCKET = "photos";
    private static final String KEY = "album/cat.jpg";
    private static final String SMALL = "thumbnails/small/album/cat.jpg";
    private static final String MEDIUM = "thumbnails/medium/album/cat.jpg";
    private static final List<ThumbnailSize> TWO_SIZES = List.of(new ThumbnailSize("small", 16, 16, FitMode.FIT), new ThumbnailSize("medium", 32, 32, FitMode.FIT));
    private static final byte[] JPEG = TestImages.jpeg(64, 48);
    private static final byte[] TEXT = "not an image".getBytes(StandardCharsets.US_ASCII);

    private final InMemoryObjectStore store = new InMemoryObjectStore();

    private Backfill backfill(List<ThumbnailSize> sizes, BackfillOptions options) {
        DerivativeKeys keys = new DerivativeKeys("thumbnails/");
        ThumbnailService service = new ThumbnailService(store, new ThumbnailPipeline(sizes, new SourceLimits(1_000_000, 10), 85), keys, 100_000, b -> b,
                new RejectionMarkers(store, keys));
        return new Backfill(store, service, keys, sizes.stream().map(ThumbnailSize::name).toList(), b -> b, options);
    }

    private Backfill backfill() {
        return backfill(TWO_SIZES, BackfillOptions.BACKFILL);
    }

    private String process(Backfill backfill, String key) {
        return backfill.process(BUCKET, key, Optional.empty()).resultString();
    }

    @Test
    void original_withoutDerivatives_createsEverySize() {
        store.upload(BUCKET, KEY, JPEG);

        String result = process(backfill(), KEY);

        assertEquals("created:2", result);
        assertTrue(store.get(BUCKET, SMALL).isPresent() && store.get(BUCKET, MEDIUM).isPresent());
        // original, two sizes, the rejection marker; then the service's HEAD, GET, two PUTs, HEAD
        assertEquals(List.of(6L, 1L, 2L, 0L, 0L), List.of(store.count(Call.HEAD), store.count(Call.GET), store.count(Call.PUT),
                store.count(Call.LIST), store.count(Call.DELETE)));
    }

    @Test
    void original_allCurrent_costsOnlyHeads() {
        store.upload(BUCKET, KEY, JPEG);
        process(backfill(), KEY);
        InMemoryObjectStore.Stored before = store.get(BUCKET, SMALL).orElseThrow();
        long headsBefore = store.count(Call.HEAD);

        String result = process(backfill(), KEY);

        assertEquals("current", result);
        assertEquals(0, store.count(Call.GET) - 1, "only the first run reads the original");
        assertEquals(3, store.count(Call.HEAD) - headsBefore, "original + one per size");
        assertEquals(before, store.get(BUCKET, SMALL).orElseThrow());
    }

    @Test
    void original_oneDerivativeOfOlderContent_isStaleAndRemade() {
        store.upload(BUCKET, KEY, JPEG);
        process(backfill(), KEY);
        store.put(BUCKET, SMALL, JPEG, "image/jpeg", Map.of(DerivativeMetadata.SOURCE_ETAG, "an-older-etag"));

        String result = process(backfill(), KEY);

        assertEquals("created:1", result);
        assertEquals(store.get(BUCKET, KEY).orElseThrow().eTag(), store.get(BUCKET, SMALL).orElseThrow().metadata().get(DerivativeMetadata.SOURCE_ETAG));
    }

    @Test
    void original_aSizeAddedToTheConfiguration_createsIt() {
        store.upload(BUCKET, KEY, JPEG);
        process(backfill(), KEY);
        List<ThumbnailSize> threeSizes = List.of(TWO_SIZES.get(0), TWO_SIZES.get(1), new ThumbnailSize("large", 48, 48, FitMode.FIT));

        String result = process(backfill(threeSizes, BackfillOptions.BACKFILL), KEY);

        assertEquals("created:1", result);
        assertTrue(store.get(BUCKET, "thumbnails/large/album/cat.jpg").isPresent());
    }

    @Test
    void original_rejected_isReportedAgainWithoutAnotherGet() {
        store.upload(BUCKET, KEY, TEXT);
        String first = process(backfill(), KEY);
        long getsAfterFirst = store.count(Call.GET);

        String second = process(backfill(), KEY);

        assertEquals("rejected:unsupported_type", first);
        assertEquals("rejected:unsupported_type", second);
        assertEquals(getsAfterFirst, store.count(Call.GET));
        assertEquals(List.of("thumbnails/_rejected/album/cat.jpg"), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void original_rejectedThenReplacedByAnImage_isThumbnailed() {
        store.upload(BUCKET, KEY, TEXT);
        process(backfill(), KEY);
        store.upload(BUCKET, KEY, JPEG);

        String result = process(backfill(), KEY);

        assertEquals("created:2", result);
    }

    @Test
    void dryRun_missingDerivatives_saysWhatItWouldDoAndWritesNothing() {
        store.upload(BUCKET, KEY, JPEG);

        String result = process(backfill(TWO_SIZES, new BackfillOptions(false, false, true)), KEY);

        assertEquals("would-created:2", result);
        assertEquals(0, store.count(Call.PUT) + store.count(Call.GET));
    }

    @Test
    void derivativeKey_inBackfillMode_isSkipped() {
        store.upload(BUCKET, SMALL, JPEG);

        String result = process(backfill(), SMALL);

        assertEquals("skipped:derivative", result);
        assertTrue(store.get(BUCKET, SMALL).isPresent());
    }

    @Test
    void reconcile_derivativeWhoseOriginalIsGone_isRemoved() {
        store.upload(BUCKET, SMALL, JPEG);

        String result = process(backfill(TWO_SIZES, new BackfillOptions(true, false, false)), SMALL);

        assertEquals("orphan-removed", result);
        assertFalse(store.get(BUCKET, SMALL).isPresent());
    }

    @Test
    void reconcile_derivativeOfAnExistingOriginal_isKept() {
        store.upload(BUCKET, KEY, JPEG);
        store.upload(BUCKET, SMALL, JPEG);

        String result = process(backfill(TWO_SIZES, new BackfillOptions(true, false, false)), SMALL);

        assertEquals("skipped:derivative", result);
        assertTrue(store.get(BUCKET, SMALL).isPresent());
    }

    @Test
    void reconcile_sizeNoLongerConfigured_isRemovedOnlyWhenAsked() {
        store.upload(BUCKET, KEY, JPEG);
        String old = "thumbnails/huge/album/cat.jpg";
        store.upload(BUCKET, old, JPEG);

        String kept = process(backfill(TWO_SIZES, new BackfillOptions(true, false, false)), old);
        String removed = process(backfill(TWO_SIZES, new BackfillOptions(true, true, false)), old);

        assertEquals("skipped:derivative", kept);
        assertEquals("orphan-removed:unknown-size", removed);
        assertFalse(store.get(BUCKET, old).isPresent());
    }

    @Test
    void reconcile_rejectionMarkerOfAnExistingOriginal_isKept() {
        store.upload(BUCKET, KEY, TEXT);
        process(backfill(), KEY);

        String result = process(backfill(TWO_SIZES, new BackfillOptions(true, true, false)), "thumbnails/_rejected/album/cat.jpg");

        assertEquals("skipped:derivative", result);
    }

    @Test
    void dryRun_orphan_isReportedAndKept() {
        store.upload(BUCKET, SMALL, JPEG);

        String result = process(backfill(TWO_SIZES, new BackfillOptions(true, false, true)), SMALL);

        assertEquals("would-orphan-removed", result);
        assertTrue(store.get(BUCKET, SMALL).isPresent());
    }

    @Test
    void original_goneSinceTheListing_isSkipped() {
        String result = process(backfill(), KEY);

        assertEquals("skipped:gone", result);
    }
}
