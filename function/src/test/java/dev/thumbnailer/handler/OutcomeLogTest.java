package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.thumbnailer.service.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeLogTest {

    @Test
    void log_thumbnailedWithNotes_putsThemInTheLine() {
        List<String> lines = new ArrayList<>();
        String note = "animation has more than 200 frames (MAX_ANIMATION_FRAMES): the thumbnail is a still of its first frame";

        new OutcomeLog(lines::add).log(new Outcome.Thumbnailed("b", "a.gif", List.of("thumbnails/small/a.gif"), 7, List.of(note)), "req");

        assertEquals("{\"level\":\"INFO\",\"outcome\":\"thumbnailed\",\"bucket\":\"b\",\"key\":\"a.gif\","
                + "\"derivatives\":[\"thumbnails/small/a.gif\"],\"notes\":[\"" + note + "\"],\"ms\":7,\"requestId\":\"req\"}", lines.getFirst());
    }

    @Test
    void log_thumbnailedWithoutNotes_hasNoNotesField() {
        List<String> lines = new ArrayList<>();

        new OutcomeLog(lines::add).log(new Outcome.Thumbnailed("b", "a.jpg", List.of("thumbnails/small/a.jpg"), 7), null);

        assertFalse(lines.getFirst().contains("notes"), lines.getFirst());
    }
}
