package dev.thumbnailer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharpResultTest {

    @Test
    void parse_resultLineAmongNodeWarnings_readsSamplesAndFields() {
        String output = """
                (node:4242) ExperimentalWarning: something about the loader
                RESULT strategy=raw wall_ms=30.5,10.0,20.0 cpu_ms=9.0,11.0,13.0 bytes=52649 made=512x341,128x85 frames=1 rss_kib=81920 base_rss_kib=70000
                """;

        SharpResult result = SharpResult.parse(0, output);

        assertTrue(result.ok());
        assertEquals(20.0, result.stats().median());
        assertEquals(30.5, result.stats().p90());
        assertEquals(3, result.stats().n());
        assertEquals(11.0, result.cpuMean());
        assertEquals(52649, result.outputBytes());
        assertEquals("512x341, 128x85", result.output());
        assertEquals("raw", result.strategy());
        assertEquals(Optional.of(81920L), result.peakRssKib());
        assertEquals(Optional.of(70000L), result.baseRssKib());
    }

    @Test
    void parse_fieldsReorderedAndUnknownOnesAdded_readsTheKnownOnes() {
        String output = "  RESULT future_field=x bytes=7 wall_ms=5 strategy=per-size made=480x270,128x72 frames=60\n";

        SharpResult result = SharpResult.parse(0, output);

        assertTrue(result.ok());
        assertEquals(5.0, result.stats().median());
        assertEquals("480x270, 128x72, 60 frames", result.output());
        assertEquals(Optional.empty(), result.peakRssKib());
        assertEquals(0.0, result.cpuMean());
    }

    @Test
    void parse_twoResultLines_theLastCounts() {
        String output = "RESULT wall_ms=1 bytes=1\nRESULT wall_ms=2 bytes=2\n";

        SharpResult result = SharpResult.parse(0, output);

        assertEquals(2.0, result.stats().median());
        assertEquals(2, result.outputBytes());
    }

    @Test
    void parse_failedLine_isAFailureWithTheScriptsReason() {
        SharpResult result = SharpResult.parse(1, "FAILED Input buffer contains unsupported image format\n");

        assertFalse(result.ok());
        assertEquals("Input buffer contains unsupported image format", result.error());
    }

    @Test
    void parse_noResultLine_isAFailureNamingTheExitAndFirstLine() {
        String output = "node:internal/modules/esm/resolve:853\n  throw new ERR_MODULE_NOT_FOUND(...)\n";

        SharpResult result = SharpResult.parse(1, output);

        assertFalse(result.ok());
        assertEquals("no result (exit 1): node:internal/modules/esm/resolve:853", result.error());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "RESULT wall_ms=12.5,abc bytes=10; unparseable result",
            "RESULT bytes=10; no wall_ms",
            "RESULT wall_ms= bytes=10; no wall_ms",
            "RESULT wall_ms=12.5; no bytes",
            "RESULT wall_ms=12.5 bytes=10 rss_kib=lots; unparseable result",
            "RESULT wall_ms=12.5 bytes=10 frames=1.5; unparseable result"})
    void parse_malformedResult_isAFailureNotAnException(String line, String expectedStart) {
        SharpResult result = SharpResult.parse(0, line);

        assertFalse(result.ok());
        assertTrue(result.error().contains(expectedStart), result.error());
    }
}
