package dev.thumbnailer.local.backfill;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    @Test
    void line_whileListing_showsALowerBoundTotalAndEta() {
        try (ProgressReport progress = new ProgressReport(new PrintStream(new ByteArrayOutputStream()), () -> 5, false, 60_000)) {
            progress.listed(10, false);

            String line = progress.line();

            assertTrue(line.matches("5/10\\+ \\(listing\\) objects  [0-9.]+/s  elapsed 0:00  ETA >[0-9:]+"), line);
        }
    }

    @Test
    void line_onATerminal_isABarWithRateAndEta() {
        try (ProgressReport progress = new ProgressReport(new PrintStream(new ByteArrayOutputStream()), () -> 5, true, 60_000)) {
            progress.listed(10, true);

            String line = progress.line();

            assertTrue(line.matches("\\[#{15}\\.{15}] 5/10 objects  [0-9.]+/s  elapsed 0:00  ETA [0-9:]+"), line);
        }
    }

    @Test
    void notATerminal_printsPlainLinesPeriodically() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ProgressReport progress = new ProgressReport(new PrintStream(err, true, StandardCharsets.UTF_8), () -> 3, false, 20)) {
            progress.listed(3, true);

            Thread.sleep(200);
        }

        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.lines().count() >= 2 && printed.lines().allMatch(l -> l.startsWith("3/3 objects")) && !printed.contains("\r"), printed);
    }
}
