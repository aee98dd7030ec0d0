package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeometryTest {

    @ParameterizedTest(name = "fit {0}x{1} into {2}x{3} -> {4}x{5}")
    @CsvSource({
            "4000, 3000, 128, 128, 128, 96",
            "3000, 4000, 128, 128, 96, 128",
            "1000, 1000, 512, 512, 512, 512",
            "100, 50, 512, 512, 100, 50",      // never upscale
            "1, 1, 128, 128, 1, 1",
            "10000, 100, 128, 128, 128, 1",    // extreme aspect: never a zero dimension
            "100, 10000, 128, 128, 1, 128",
            "640, 480, 128, 64, 85, 64",
            "129, 129, 128, 128, 128, 128",
    })
    void plan_fit_keepsAspectInsideTheBox(int sw, int sh, int bw, int bh, int w, int h) {
        Geometry.Plan plan = Geometry.plan(sw, sh, new ThumbnailSize("s", bw, bh, FitMode.FIT));

        assertEquals(w, plan.width());
        assertEquals(h, plan.height());
        assertEquals(0, plan.cropX());
        assertEquals(sw, plan.cropW());
        assertEquals(sh, plan.cropH());
    }

    @ParameterizedTest(name = "fill {0}x{1} into {2}x{3} -> crop {4},{5} {6}x{7} -> {8}x{9}")
    @CsvSource({
            "4000, 3000, 128, 128, 500, 0, 3000, 3000, 128, 128",
            "3000, 4000, 128, 128, 0, 500, 3000, 3000, 128, 128",
            "1200, 630, 600, 600, 285, 0, 630, 630, 600, 600",
            "100, 50, 128, 128, 0, 0, 100, 50, 100, 50",       // smaller than the box: never upscale
            "1000, 50, 128, 128, 436, 0, 128, 50, 128, 50",    // one side short: crop to the box where possible
            "1, 1, 128, 128, 0, 0, 1, 1, 1, 1",
            "10000, 100, 128, 128, 4936, 0, 128, 100, 128, 100",
    })
    void plan_fill_cropsCentredToTheBox(int sw, int sh, int bw, int bh, int cx, int cy, int cw, int ch, int w, int h) {
        Geometry.Plan plan = Geometry.plan(sw, sh, new ThumbnailSize("s", bw, bh, FitMode.FILL));

        assertEquals(new Geometry.Plan(cx, cy, cw, ch, w, h), plan);
    }
}
