package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything measured, rendered as the Markdown the README quotes. */
record Report(Map<CorpusImage, Long> fileBytes,
              Map<CorpusImage, Map<Contender, WarmRun.Timing>> timings,
              Map<CorpusImage, Map<Contender, HeapBisector.Result>> heaps,
              Map<CorpusImage, VipsTimer.Result> vips,
              Optional<String> vipsVersion,
              Map<CorpusImage, SharpResult> sharp,
              String sharpSetup,
              List<ColdStart.Run> coldRuns,
              String loadDuringTiming) {

    String table(List<CorpusImage> images) {
        StringBuilder md = new StringBuilder();
        md.append("| image | size | ours: ms (all default sizes) | Thumbnailator default: ms (one 256×256) | speed-up | ours: min heap | Thumbnailator: min heap | vipsthumbnail ms / RSS"
                + " | sharp: ms (both default sizes) / peak RSS | ours / sharp |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CorpusImage image : images) {
            md.append("| ").append(image.label())
                    .append(" | ").append(String.format("%.1f MP, %,d B", image.megapixels(), fileBytes.get(image)))
                    .append(" | ").append(ms(timing(image, Contender.OURS)))
                    .append(" | ").append(ms(timing(image, Contender.THUMBNAILATOR)))
                    .append(" | ").append(speedUp(image).map(s -> String.format("%.2f×", s)).orElse("–"))
                    .append(" | ").append(heap(image, Contender.OURS))
                    .append(" | ").append(heap(image, Contender.THUMBNAILATOR))
                    .append(" | ").append(vips(image))
                    .append(" | ").append(sharp(image))
                    .append(" | ").append(ratio(oursOverSharp(image))).append(" |\n");
        }
        return md.toString();
    }

    /** The same comparison in process CPU time, which other load on the machine hardly moves. */
    String cpuTable(List<CorpusImage> images) {
        StringBuilder md = new StringBuilder("| image | ours: CPU ms | Thumbnailator: CPU ms | CPU speed-up | sharp: CPU ms | CPU ours / sharp |\n|---|---:|---:|---:|---:|---:|\n");
        for (CorpusImage image : images) {
            Optional<WarmRun.Timing> ours = timing(image, Contender.OURS).filter(WarmRun.Timing::ok);
            Optional<WarmRun.Timing> theirs = timing(image, Contender.THUMBNAILATOR).filter(WarmRun.Timing::ok);
            md.append("| ").append(image.label())
                    .append(" | ").append(ours.map(t -> String.format("%.0f", t.cpuMean())).orElse("–"))
                    .append(" | ").append(theirs.map(t -> String.format("%.0f", t.cpuMean())).orElse("–"))
                    .append(" | ").append(ours.isPresent() && theirs.isPresent()
                            ? String.format("%.2f×", theirs.get().cpuMean() / ours.get().cpuMean()) : "–")
                    .append(" | ").append(sharpResult(image).filter(SharpResult::ok).map(r -> String.format("%.0f", r.cpuMean())).orElse("–"))
                    .append(" | ").append(ratio(ours.flatMap(o -> sharpResult(image).filter(SharpResult::ok).map(r -> o.cpuMean() / r.cpuMean()))))
                    .append(" |\n");
        }
        return md.toString();
    }

    Optional<Double> speedUp(CorpusImage image) {
        Optional<WarmRun.Timing> ours = timing(image, Contender.OURS).filter(WarmRun.Timing::ok);
        Optional<WarmRun.Timing> theirs = timing(image, Contender.THUMBNAILATOR).filter(WarmRun.Timing::ok);
        return ours.isPresent() && theirs.isPresent() ? Optional.of(theirs.get().stats().median() / ours.get().stats().median()) : Optional.empty();
    }

    /** Ours divided by sharp, medians of wall time: below 1 means ours is faster. */
    Optional<Double> oursOverSharp(CorpusImage image) {
        Optional<WarmRun.Timing> ours = timing(image, Contender.OURS).filter(WarmRun.Timing::ok);
        Optional<SharpResult> theirs = sharpResult(image).filter(SharpResult::ok);
        return ours.isPresent() && theirs.isPresent() ? Optional.of(ours.get().stats().median() / theirs.get().stats().median()) : Optional.empty();
    }

    Optional<SharpResult> sharpResult(CorpusImage image) {
        return Optional.ofNullable(sharp.get(image));
    }

    Optional<Integer> minHeap(CorpusImage image, Contender contender) {
        return Optional.ofNullable(heaps.get(image)).map(m -> m.get(contender)).flatMap(HeapBisector.Result::mib);
    }

    Optional<WarmRun.Timing> timing(CorpusImage image, Contender contender) {
        return Optional.ofNullable(timings.get(image)).map(m -> m.get(contender));
    }

    private static String ms(Optional<WarmRun.Timing> timing) {
        return timing.map(t -> t.ok() ? String.format("%.0f (p90 %.0f)", t.stats().median(), t.stats().p90()) : "FAILED").orElse("–");
    }

    private String heap(CorpusImage image, Contender contender) {
        return Optional.ofNullable(heaps.get(image)).map(m -> m.get(contender)).map(HeapBisector.Result::format).orElse("–");
    }

    private String sharp(CorpusImage image) {
        SharpResult r = sharp.get(image);
        if (r == null) {
            return sharp.isEmpty() ? "not run" : "–";
        }
        if (!r.ok()) {
            return "fails: " + r.error().replace("|", "/");
        }
        return String.format("%.0f (p90 %.0f)", r.stats().median(), r.stats().p90()) + r.peakRssKib().map(k -> String.format(" / %.0f MiB", k / 1024.0)).orElse("");
    }

    /** Finite ratios only: a zero or failed denominator is no figure, not infinity. */
    private static String ratio(Optional<Double> ratio) {
        return ratio.filter(Double::isFinite).map(r -> String.format("%.2f", r)).orElse("–");
    }

    private String vips(CorpusImage image) {
        VipsTimer.Result r = vips.get(image);
        if (r == null) {
            return vipsVersion.isEmpty() ? "not installed" : "–";
        }
        if (!r.error().isEmpty()) {
            return "fails: " + r.error().replace("|", "/");
        }
        return String.format("%.0f", r.stats().median()) + r.peakRssKib().map(k -> String.format(" / %.0f MiB", k / 1024.0)).orElse("");
    }
}
