package dev.thumbnailer.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** The cold-start runs as Markdown, one table per mode, with the median of each column (columns are medians separately). */
final class ColdStartTable {

    private ColdStartTable() {
    }

    static String plain(List<ColdStart.Run> all) {
        List<ColdStart.Run> runs = only(all, ColdStart.Mode.PLAIN);
        StringBuilder md = new StringBuilder();
        md.append("| run | launch → JVM start | launch → main() | init (handler constructor) | event JSON parse | first event | **launch → first event done** | second event | warm event | CPU: JVM start → init done | CPU: first event | CPU: second event | CPU: warm event |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<ToLongFunction<ColdStart.Run>> columns = List.of(ColdStart.Run::toJvm, ColdStart.Run::toMain, ColdStart.Run::init, ColdStart.Run::parse,
                ColdStart.Run::first, ColdStart.Run::total, ColdStart.Run::second, ColdStart.Run::warm, ColdStart.Run::cpuToInit, ColdStart.Run::cpuFirst,
                ColdStart.Run::cpuSecond, ColdStart.Run::cpuWarm);
        return rows(md, runs, columns);
    }

    static String primed(List<ColdStart.Run> all) {
        List<ColdStart.Run> runs = only(all, ColdStart.Mode.PRIMED);
        StringBuilder md = new StringBuilder();
        md.append("| run | init (handler constructor) | SnapStart hooks (before the snapshot) | event JSON parse | **first event** | second event | warm event | CPU: hooks | CPU: first event | CPU: second event | CPU: warm event |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<ToLongFunction<ColdStart.Run>> columns = List.of(ColdStart.Run::init, ColdStart.Run::prime, ColdStart.Run::parse,
                ColdStart.Run::first, ColdStart.Run::second, ColdStart.Run::warm, ColdStart.Run::cpuPrime, ColdStart.Run::cpuFirst, ColdStart.Run::cpuSecond,
                ColdStart.Run::cpuWarm);
        return rows(md, runs, columns);
    }

    static List<ColdStart.Run> only(List<ColdStart.Run> runs, ColdStart.Mode mode) {
        return runs.stream().filter(r -> r.mode() == mode).toList();
    }

    static long median(List<ColdStart.Run> runs, ToLongFunction<ColdStart.Run> column) {
        long[] values = runs.stream().mapToLong(column).sorted().toArray();
        return values.length == 0 ? 0 : values[(values.length - 1) / 2];
    }

    private static String rows(StringBuilder md, List<ColdStart.Run> runs, List<ToLongFunction<ColdStart.Run>> columns) {
        for (int i = 0; i < runs.size(); i++) {
            ColdStart.Run run = runs.get(i);
            md.append(row(String.valueOf(i + 1), columns.stream().mapToLong(c -> c.applyAsLong(run)).toArray()));
        }
        md.append(row("**median**", columns.stream().mapToLong(c -> median(runs, c)).toArray()));
        return md.toString();
    }

    private static String row(String label, long... ms) {
        return "| " + label + " | " + String.join(" | ", Arrays.stream(ms).mapToObj(v -> v + " ms").toList()) + " |\n";
    }
}
