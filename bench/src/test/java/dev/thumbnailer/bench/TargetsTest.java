package dev.thumbnailer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetsTest {

    @ParameterizedTest
    @CsvSource({
            "JPEG_12MP, 50, 50, '| 1.00 | yes |'",
            "JPEG_12MP, 51, 50, '| 1.02 | **no** |'",
            "GIF_1MP, 20, 100, '| 0.20 | yes |'",
            "GIF_1MP, 30, 100, '| 0.30 | **no** |'"})
    void againstSharp_ratioOnTheBoundary_isJudgedByTheFormatsGoal(CorpusImage image, double oursMs, double sharpMs, String expectedEnd) {
        Report report = new Report(Map.of(image, 1L), Map.of(image, Map.of(Contender.OURS, new WarmRun.Timing(new Stats(oursMs, oursMs, 7), oursMs, 1, "", null))),
                Map.of(), Map.of(), Optional.empty(),
                Map.of(image, new SharpResult(new Stats(sharpMs, sharpMs, 7), sharpMs, 1, "", "raw", Optional.empty(), Optional.empty(), "")),
                "sharp", List.of(), "0.5");

        String row = Targets.againstSharp(report).lines().filter(l -> l.startsWith("| " + image.label() + ":")).findFirst().orElseThrow();

        assertTrue(row.endsWith(expectedEnd), row);
    }
}
