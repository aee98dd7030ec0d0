package dev.thumbnailer.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** The cold-start runs as Markdown, with the median of each column (columns are medians separately). */
final class ColdStartTable {

    private ColdStartTable() {
    }

    static String render(List<ColdStart.Run> runs) {
        StringBuilder md = new StringBuilder();
        md.append("| run | launch → JVM start | launch → main() | init (handler constructor) | event JSON parse | first event | **launch → first event done** | second event |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < runs.size(); i++) {
            ColdStart.Run r = runs.get(i);
            md.append(row(String.valueOf(i + 1), r.toJvm(), r.toMain(), r.init(), r.parse(), r.first(), r.total(), r.second()));
        }
        md.append(row("**median**", median(runs, ColdStart.Run::toJvm), median(runs, ColdStart.Run::toMain), median(runs, ColdStart.Run::init),
                median(runs, ColdStart.Run::parse), median(runs, ColdStart.Run::first), median(runs, ColdStart.Run::total), median(runs, ColdStart.Run::second)));
        return md.toString();
    }

    static long median(List<ColdStart.Run> runs, ToLongFunction<ColdStart.Run> column) {
        long[] values = runs.stream().mapToLong(column).sorted().toArray();
        return values.length == 0 ? 0 : values[(values.length - 1) / 2];
    }

    private static String row(String label, long... ms) {
        return "| " + label + " | " + String.join(" | ", Arrays.stream(ms).mapToObj(v -> v + " ms").toList()) + " |\n";
    }
}
