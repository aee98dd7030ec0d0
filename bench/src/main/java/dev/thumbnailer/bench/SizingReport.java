package dev.thumbnailer.bench;

import dev.thumbnailer.image.ThumbnailPipeline;
import java.util.Arrays;
import java.util.List;

/** The right-sizing results as Markdown: heap needs, CPU time, and what they mean per Lambda memory size. */
final class SizingReport {

    private SizingReport() {
    }

    static String render(List<Sizing.Result> results, int timingMemoryMb) {
        StringBuilder md = new StringBuilder("# Right-sizing (bench/run --sizing)\n\n");
        md.append("## Machine\n\n").append(Machine.describe()).append("\n\n");
        md.append("## Method\n\n").append(String.join("\n",
                "- Inputs: the typical 12 MP photo and the 50 MP JPEG of the benchmark corpus, and the largest inputs the default limits accept (MAX_SOURCE_PIXELS 100,000,000 with frames counted, MAX_SOURCE_BYTES 50 MiB, MAX_ANIMATION_FRAMES 200), generated under `bench/target/corpus/limits-v1/`.",
                "- Each is rendered by `ThumbnailPipeline` with the shipped defaults in a child JVM with Lambda's flags (`" + String.join(" ", JavaLauncher.LAMBDA_FLAGS) + "`), the original's bytes held in the heap as the handler holds a download.",
                "- **min heap**: smallest `-Xmx` on the ladder " + Arrays.toString(Sizing.LADDER_MIB) + " MiB that renders it twice in a fresh JVM.",
                "- **CPU**: process CPU time of a render (all threads, GC included) in a fresh JVM whose heap is " + (int) (Sizing.HEAP_SHARE * 100) + "% of " + timingMemoryMb
                        + " MB: the first render (cold code) and the best of two more (warm). Measured on the machine below, a full core each.",
                "- **Lambda model**: max heap = " + (int) (Sizing.HEAP_SHARE * 100) + "% of the memory size (what Lambda's Java runtime has been observed to set; AWS does not document it); "
                        + "below " + Sizing.FULL_VCPU_MB + " MB a function gets memory/" + Sizing.FULL_VCPU_MB + " of a vCPU, so a single-threaded render takes CPU × "
                        + Sizing.FULL_VCPU_MB + " / memory; above, one thread gains nothing. Rendering only: S3 transfer comes on top. \"—\" = the heap does not fit.")).append("\n\n");
        md.append("| input | file | min heap | CPU ms: first render / warm |");
        for (int mb : Sizing.MEMORY_MB) {
            md.append(" est. warm render at ").append(mb).append(" MB |");
        }
        md.append("\n|---|---:|---:|---:|").append("---:|".repeat(Sizing.MEMORY_MB.length)).append("\n");
        for (Sizing.Result r : results) {
            md.append("| ").append(r.input().label()).append(" | ").append(String.format("%,d B", r.bytes()))
                    .append(" | ").append(r.minHeapMib().map(m -> m + " MiB").orElse(r.heapNote()))
                    .append(" | ").append(r.firstCpu() < 0 ? "not timed (heap)" : r.firstCpu() + " / " + r.warmCpu()).append(" |");
            for (int mb : Sizing.MEMORY_MB) {
                boolean fits = r.minHeapMib().map(m -> m <= mb * Sizing.HEAP_SHARE).orElse(false);
                md.append(' ').append(!fits || r.warmCpu() < 0 ? "—" : String.format("%.2f s", r.warmCpu() * Math.max(1.0, (double) Sizing.FULL_VCPU_MB / mb) / 1000)).append(" |");
            }
            md.append("\n");
        }
        return md.toString();
    }
}
