package dev.thumbnailer.bench;

import java.util.Arrays;

/** Order statistics over a handful of timings; nearest-rank, so every figure is a real observation. */
record Stats(double median, double p90, int n) {

    static Stats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(rank(sorted, 0.5), rank(sorted, 0.9), sorted.length);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
