package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void beforeCheckpoint_runsEveryFormatAndEveryS3CallWithoutANetwork() {
        ThumbnailPipeline pipeline = ThumbnailPipeline.from(SettingsParser.parse(Map.of()));
        SnapStartPriming priming = SnapStartPriming.register(pipeline, "eu-west-1");

        // The canned HTTP client answers in-process; a real request to priming.invalid would fail.
        assertDoesNotThrow(() -> priming.beforeCheckpoint(null));
    }
}
