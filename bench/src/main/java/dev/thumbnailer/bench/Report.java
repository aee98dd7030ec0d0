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
              List<ColdStart.Run> coldRuns,
              String loadDuringTiming) {

    String table(List<CorpusImage> images) {
        StringBuilder md = new StringBuilder();
        md.append("| image | size | ours: ms (all default sizes) | Thumbnailator default: ms (one 256×256) | speed-up | ours: min heap | Thumbnailator: min heap | vipsthumbnail ms / RSS |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (CorpusImage image : images) {
            md.append("| ").append(image.label())
                    .append(" | ").append(String.format("%.1f MP, %,d B", image.megapixels(), fileBytes.get(image)))
                    .append(" | ").append(ms(timing(image, Contender.OURS)))
                    .append(" | ").append(ms(timing(image, Contender.THUMBNAILATOR)))
                    .append(" | ").append(speedUp(image).map(s -> String.format("%.2f×", s)).orElse("–"))
                    .append(" | ").append(heap(image, Contender.OURS))
                    .append(" | ").append(heap(image, Contender.THUMBNAILATOR))
                    .append(" | ").append(vips(image)).append(" |\n");
        }
        return md.toString();
    }

    /** The same comparison in process CPU time, which other load on the machine hardly moves. */
    String cpuTable(List<CorpusImage> images) {
        StringBuilder md = new StringBuilder("| image | ours: CPU ms | Thumbnailator: CPU ms | CPU speed-up |\n|---|---:|---:|---:|\n");
        for (CorpusImage image : images) {
            Optional<WarmRun.Timing> ours = timing(image, Contender.OURS).filter(WarmRun.Timing::ok);
            Optional<WarmRun.Timing> theirs = timing(image, Contender.THUMBNAILATOR).filter(WarmRun.Timing::ok);
            md.append("| ").append(image.label())
                    .append(" | ").append(ours.map(t -> String.format("%.0f", t.cpuMean())).orElse("–"))
                    .append(" | ").append(theirs.map(t -> String.format("%.0f", t.cpuMean())).orElse("–"))
                    .append(" | ").append(ours.isPresent() && theirs.isPresent()
                            ? String.format("%.2f×", theirs.get().cpuMean() / ours.get().cpuMean()) : "–").append(" |\n");
        }
        return md.toString();
    }

    Optional<Double> speedUp(CorpusImage image) {
        Optional<WarmRun.Timing> ours = timing(image, Contender.OURS).filter(WarmRun.Timing::ok);
        Optional<WarmRun.Timing> theirs = timing(image, Contender.THUMBNAILATOR).filter(WarmRun.Timing::ok);
        return ours.isPresent() && theirs.isPresent() ? Optional.of(theirs.get().stats().median() / ours.get().stats().median()) : Optional.empty();
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
