package dev.thumbnailer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final CorpusImage IMAGE = CorpusImage.JPEG_12MP;

    @Test
    void oursOverSharp_bothMeasured_isOurMedianOverSharps() {
        Report report = report(ours(90), Map.of(IMAGE, sharp(60, 30)));

        Optional<Double> ratio = report.oursOverSharp(IMAGE);

        assertEquals(Optional.of(1.5), ratio);
    }

    @Test
    void table_sharpMeasured_showsItsMedianPeakRssAndTheRatio() {
        Report report = report(ours(40), Map.of(IMAGE, sharp(80, 40)));

        String row = row(report.table(List.of(IMAGE)));

        assertTrue(row.endsWith("| 80 (p90 88) / 90 MiB | 0.50 |"), row);
    }

    @Test
    void table_sharpNotRun_saysSoAndHasNoRatio() {
        Report report = report(ours(40), Map.of());

        String row = row(report.table(List.of(IMAGE)));

        assertTrue(row.endsWith("| not run | – |"), row);
    }

    @Test
    void table_sharpFailedOnTheImage_showsWhyAndNoRatio() {
        Report report = report(ours(40), Map.of(IMAGE, SharpResult.failed("exit 1 | bad")));

        String row = row(report.table(List.of(IMAGE)));

        assertTrue(row.endsWith("| fails: exit 1 / bad | – |"), row);
    }

    @Test
    void table_oursFailed_hasNoRatio() {
        WarmRun.Timing failed = new WarmRun.Timing(null, 0, 0, "", "OutOfMemoryError");
        Report report = report(failed, Map.of(IMAGE, sharp(80, 40)));

        String row = row(report.table(List.of(IMAGE)));

        assertTrue(row.endsWith("| 80 (p90 88) / 90 MiB | – |"), row);
    }

    @Test
    void cpuTable_sharpMeasured_showsItsMeanCpuAndTheCpuRatio() {
        Report report = report(ours(40), Map.of(IMAGE, sharp(80, 25)));

        String row = row(report.cpuTable(List.of(IMAGE)));

        assertTrue(row.endsWith("| 25 | 1.60 |"), row);
    }

    private static WarmRun.Timing ours(double medianMs) {
        return new WarmRun.Timing(new Stats(medianMs, medianMs * 1.1, 7), medianMs, 1000, "small 128x96, medium 512x384", null);
    }

    private static SharpResult sharp(double medianMs, double cpuMs) {
        return new SharpResult(new Stats(medianMs, medianMs * 1.1, 7), cpuMs, 900, "512x384, 128x96", "raw",
                Optional.of(90L * 1024), Optional.of(70L * 1024), "");
    }

    private static Report report(WarmRun.Timing ours, Map<CorpusImage, SharpResult> sharp) {
        return new Report(Map.of(IMAGE, 3_409_188L), Map.of(IMAGE, Map.of(Contender.OURS, ours)), Map.of(), Map.of(),
                Optional.empty(), sharp, "sharp 0.35.5", List.of(), "0.5");
    }

    private static String row(String table) {
        return table.lines().filter(l -> l.startsWith("| " + IMAGE.label() + " |")).findFirst().orElseThrow();
    }
}
