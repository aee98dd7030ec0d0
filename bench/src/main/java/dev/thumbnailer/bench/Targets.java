package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.util.List;
import java.util.Optional;

/** Issue 6's targets, checked against a report: the part of the table a reviewer looks at first. */
final class Targets {

    private static final int MAX_HEAP_50MP_MIB = 64;

    private Targets() {
    }

    static String table(Report report) {
        StringBuilder md = new StringBuilder("| target (issue 6) | measured | met? |\n|---|---|---|\n");
        row(md, report, CorpusImage.JPEG_12MP, 2.5, "12 MP baseline JPEG ≥ 2.5× faster");
        Optional<Integer> heap50 = report.minHeap(CorpusImage.JPEG_50MP, Contender.OURS);
        Optional<Double> speed50 = report.speedUp(CorpusImage.JPEG_50MP);
        md.append("| 50 MP JPEG ≥ 3× faster and done with -Xmx64m | ")
                .append(speed50.map(s -> String.format("%.2f×", s)).orElse("n/a")).append(", min heap ")
                .append(heap50.map(h -> h + " MiB").orElse("n/a")).append(" | ")
                .append(verdict(speed50.isEmpty() || heap50.isEmpty() ? Optional.empty()
                        : Optional.of(speed50.get() >= 3 && heap50.get() <= MAX_HEAP_50MP_MIB))).append(" |\n");
        row(md, report, CorpusImage.JPEG_12MP_PROGRESSIVE, 1.5, "12 MP progressive JPEG ≥ 1.5× faster");
        for (CorpusImage image : List.of(CorpusImage.PNG_4MP_RGBA, CorpusImage.PNG_12MP_RGB, CorpusImage.GIF_1MP)) {
            row(md, report, image, 1.0, image.label() + " no slower (≥ 1.0×)");
        }
        // Thumbnailator's default call keeps the first of the 60 frames, ours re-animates all of them
        // (issue 5), so the literal target cannot hold; bench/animated-gif measures the restated one.
        row(md, report, CorpusImage.GIF_ANIMATED, 1.0, CorpusImage.GIF_ANIMATED.label()
                + " no slower (≥ 1.0×), as stated: the default call keeps 1 of 60 frames; restated (every frame, against"
                + " Thumbnailator made to do every frame) in `bench/animated-gif`");
        return md.toString();
    }

    /** Issue 14: every JPEG and PNG row at or below sharp's time, GIF rows at least 5x ahead of it. */
    static String againstSharp(Report report) {
        StringBuilder md = new StringBuilder("| target (issue 14) | ours / sharp | met? |\n|---|---:|---|\n");
        for (CorpusImage image : CorpusImage.values()) {
            boolean gif = image.formatName().equals("gif");
            double goal = gif ? 0.2 : 1.0;
            Optional<Double> ratio = report.oursOverSharp(image);
            md.append("| ").append(image.label()).append(gif ? ": ours / sharp ≤ 0.2 (5× ahead)" : ": ours / sharp ≤ 1.0").append(" | ")
                    .append(ratio.map(r -> String.format("%.2f", r)).orElse("n/a")).append(" | ")
                    .append(verdict(ratio.map(r -> r <= goal))).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, Report report, CorpusImage image, double goal, String label) {
        Optional<Double> speed = report.speedUp(image);
        md.append("| ").append(label).append(" | ").append(speed.map(s -> String.format("%.2f×", s)).orElse("n/a"))
                .append(" | ").append(verdict(speed.map(s -> s >= goal))).append(" |\n");
    }

    private static String verdict(Optional<Boolean> met) {
        return met.map(m -> m ? "yes" : "**no**").orElse("not measured");
    }
}
