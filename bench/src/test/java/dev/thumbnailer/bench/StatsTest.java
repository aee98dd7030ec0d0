package dev.thumbnailer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void of_tenSamples_nearestRankMedianAndP90() {
        Stats stats = Stats.of(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});

        assertEquals(5, stats.median());
        assertEquals(9, stats.p90());
        assertEquals(10, stats.n());
    }

    @Test
    void of_oneSample_isEveryStatistic() {
        Stats stats = Stats.of(new double[] {42});

        assertEquals(42, stats.median());
        assertEquals(42, stats.p90());
    }
}
