package dev.thumbnailer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.testkit.InMemoryObjectStore;
import dev.thumbnailer.testkit.InMemoryObjectStore.Call;
import dev.thumbnailer.testkit.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's rounds against an in-memory store: every convergence case, in milliseconds. */
class ThumbnailServiceTest {

    private static final String BUCKET = "photos";
    private static final String KEY = "album/cat.jpg";
    private static final List<String> DERIVATIVES = List.of("thumbnails/small/album/cat.jpg", "thumbnails/medium/album/cat.jpg");
    private static final byte[] JPEG = TestImages.jpeg(64, 48);
    private static final byte[] OTHER_JPEG = TestImages.jpeg(48, 64);

    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final ThumbnailService service = new ThumbnailService(store, new ThumbnailPipeline(List.of(
            new ThumbnailSize("small", 16, 16, FitMode.FIT), new ThumbnailSize("medium", 32, 32, FitMode.FIT)),
            new SourceLimits(1_000_000, 10), 85), new DerivativeKeys("thumbnails/"), 100_000, bucket -> bucket);

    @Test
    void created_newOriginal_writesEverySizeRecordingTheSourceETag() {
        String eTag = store.upload(BUCKET, KEY, JPEG);

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertEquals(DERIVATIVES, assertInstanceOf(Outcome.Thumbnailed.class, outcome).derivativeKeys());
        for (String derivative : DERIVATIVES) {
            assertEquals(eTag, store.get(BUCKET, derivative).orElseThrow().metadata().get("source-etag"));
            assertEquals("image/jpeg", store.get(BUCKET, derivative).orElseThrow().contentType());
        }
    }

    @Test
    void created_keyUnderThePrefix_isSkippedWithoutARequest() {
        Outcome outcome = service.created(new SourceObject(BUCKET, DERIVATIVES.getFirst()));

        assertInstanceOf(Outcome.Skipped.class, outcome);
        assertEquals(0, store.count(Call.HEAD));
    }

    @Test
    void created_originalAlreadyDeleted_removesItsDerivatives() {
        store.upload(BUCKET, DERIVATIVES.getFirst(), JPEG);

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Outcome.Cleaned.class, outcome);
        assertEquals(List.of(), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void created_originalReplacedWhileItsThumbnailsAreWritten_anotherRoundMakesThemOfTheNewContent() {
        store.upload(BUCKET, KEY, JPEG);
        store.onNext(Call.PUT, s -> s.upload(BUCKET, KEY, OTHER_JPEG));

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Outcome.Thumbnailed.class, outcome);
        String current = store.head(BUCKET, KEY).orElseThrow().eTag();
        for (String derivative : DERIVATIVES) {
            assertEquals(current, store.get(BUCKET, derivative).orElseThrow().metadata().get("source-etag"));
        }
    }

    @Test
    void created_originalReplacedBetweenHeadAndGet_anotherRoundReadsItAgain() {
        store.upload(BUCKET, KEY, JPEG);
        store.onNext(Call.HEAD, s -> s.upload(BUCKET, KEY, OTHER_JPEG));

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Outcome.Thumbnailed.class, outcome);
        assertEquals(2, store.count(Call.GET), "the first GET found another ETag");
    }

    @Test
    void created_originalChangingInEveryRound_handsOverAfterThreeRounds() {
        store.upload(BUCKET, KEY, JPEG);
        replaceAfterEveryPut();

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertTrue(assertInstanceOf(Outcome.Skipped.class, outcome).reason().contains("changed 3 times"));
    }

    @Test
    void created_rejectedReplacementOfAnImage_removesTheOldThumbnails() {
        store.upload(BUCKET, KEY, JPEG);
        service.created(new SourceObject(BUCKET, KEY));
        store.upload(BUCKET, KEY, "not a photo".getBytes(StandardCharsets.UTF_8));

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Rejection.UnsupportedType.class, assertInstanceOf(Outcome.Rejected.class, outcome).rejection());
        assertEquals(List.of(), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void created_originalOverTheByteLimit_isRejectedWithoutDownloadingIt() {
        store.upload(BUCKET, KEY, new byte[100_001]);

        Outcome outcome = service.created(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Rejection.TooLarge.class, assertInstanceOf(Outcome.Rejected.class, outcome).rejection());
        assertEquals(0, store.count(Call.GET));
    }

    @Test
    void removed_originalStillThere_keepsItsDerivatives() {
        store.upload(BUCKET, KEY, JPEG);
        service.created(new SourceObject(BUCKET, KEY));

        Outcome outcome = service.removed(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Outcome.Skipped.class, outcome);
        assertEquals(DERIVATIVES.stream().sorted().toList(), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void removed_originalGone_removesItsDerivativeInEverySizeFolderIncludingDroppedSizes() {
        store.upload(BUCKET, KEY, JPEG);
        service.created(new SourceObject(BUCKET, KEY));
        store.upload(BUCKET, "thumbnails/large/" + KEY, JPEG);
        store.upload(BUCKET, "thumbnails/large/album/dog.jpg", JPEG);
        store.remove(BUCKET, KEY);

        Outcome outcome = service.removed(new SourceObject(BUCKET, KEY));

        assertEquals(3, assertInstanceOf(Outcome.Cleaned.class, outcome).derivativeKeys().size());
        assertEquals(List.of("thumbnails/large/album/dog.jpg"), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void removed_originalUploadedAgainWhileItsDerivativesAreRemoved_theyAreRebuilt() {
        store.upload(BUCKET, KEY, JPEG);
        service.created(new SourceObject(BUCKET, KEY));
        store.remove(BUCKET, KEY);
        store.onNext(Call.DELETE, s -> s.upload(BUCKET, KEY, OTHER_JPEG));

        Outcome outcome = service.removed(new SourceObject(BUCKET, KEY));

        assertInstanceOf(Outcome.Thumbnailed.class, outcome);
        assertEquals(DERIVATIVES.stream().sorted().toList(), store.keys(BUCKET, "thumbnails/"));
    }

    @Test
    void removed_keyUnderThePrefix_neverCascades() {
        store.upload(BUCKET, DERIVATIVES.getLast(), JPEG);

        Outcome outcome = service.removed(new SourceObject(BUCKET, DERIVATIVES.getFirst()));

        assertInstanceOf(Outcome.Skipped.class, outcome);
        assertEquals(List.of(DERIVATIVES.getLast()), store.keys(BUCKET, "thumbnails/"));
    }

    /** Another client replaces the original, with new content each time, after every thumbnail written. */
    private void replaceAfterEveryPut() {
        store.onNext(Call.PUT, s -> {
            s.upload(BUCKET, KEY, TestImages.jpeg(40 + (int) s.count(Call.PUT), 40));
            replaceAfterEveryPut();
        });
    }
}
