package dev.thumbnailer.local.events;

import java.util.Map;

/**
 * What must be in the bucket for each sample event to mean what its name says. The consistency
 * test and {@code --serve} (for {@code sam local invoke}) seed the local S3 server from this table;
 * an event file missing here fails both, so a new event cannot be added without its fixture.
 */
public final class EventFixtures {

    /** The fake bucket every sample event names. */
    public static final String BUCKET = "s3-thumbnailer-local-bucket";

    public enum Fixture {
        /** The original exists with this content. */
        JPEG, PNG_WITH_ALPHA, GIF, TEXT_NAMED_JPG,
        /** The key is itself a derivative (under the thumbnail prefix), already written. */
        EXISTING_DERIVATIVE,
        /** The original is gone; its derivatives, one per configured size, are still there. */
        DELETED_ORIGINAL_WITH_DERIVATIVES
    }

    private static final Map<String, Fixture> BY_EVENT_FILE = Map.of(
            "put-jpeg.json", Fixture.JPEG,
            "put-png.json", Fixture.PNG_WITH_ALPHA,
            "put-gif.json", Fixture.GIF,
            "put-key-with-spaces-unicode-plus.json", Fixture.JPEG,
            "complete-multipart-upload.json", Fixture.JPEG,
            "put-rejected-text-named-jpg.json", Fixture.TEXT_NAMED_JPG,
            "put-under-thumbnail-prefix.json", Fixture.EXISTING_DERIVATIVE,
            "delete.json", Fixture.DELETED_ORIGINAL_WITH_DERIVATIVES,
            "delete-marker-created.json", Fixture.DELETED_ORIGINAL_WITH_DERIVATIVES);

    private EventFixtures() {
    }

    public static Fixture fixtureFor(String eventFileName) {
        Fixture fixture = BY_EVENT_FILE.get(eventFileName);
        if (fixture == null) {
            throw new IllegalStateException("events/" + eventFileName + " has no fixture: add it to "
                    + EventFixtures.class.getName() + " (and its expected outcome to TemplateConsistencyTest)");
        }
        return fixture;
    }
}
