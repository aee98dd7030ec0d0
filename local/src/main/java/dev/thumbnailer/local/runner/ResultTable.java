package dev.thumbnailer.local.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quick start's table: one line per derivative, or one line with the reason when an original
 * got none. Reasons can be long, so they do not widen the columns; they run on from the second one.
 */
final class ResultTable {

    private static final List<String> HEADER = List.of("original", "derivative", "format", "width x height", "bytes", "ms");
    private static final boolean[] RIGHT_ALIGNED = {false, false, false, true, true, true};

    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void derivative(String original, DerivativeInfo d, Long millis) {
        rows.add(List.of(original, d.key(), d.contentType(), d.width() + "x" + d.height(), bytes(d.bytes()), millis == null ? "" : millis.toString()));
        notes.add(null);
    }

    /** An original without derivatives, and why: "rejected: ...", "skipped: ...". */
    void note(String original, String text, Long millis) {
        rows.add(List.of(original, "", "", "", "", millis == null ? "" : millis.toString()));
        notes.add(text);
    }

    String render() {
        int[] widths = widths();
        StringBuilder out = new StringBuilder(line(HEADER, widths)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            out.append(notes.get(i) == null ? line(row, widths) : noteLine(row, notes.get(i), widths)).append('\n');
        }
        return out.toString();
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private int[] widths() {
        int[] widths = HEADER.stream().mapToInt(String::length).toArray();
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < widths.length; c++) {
                if (notes.get(i) == null || c == 0 || c == widths.length - 1) {
                    widths[c] = Math.max(widths[c], rows.get(i).get(c).length());
                }
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String padded = RIGHT_ALIGNED[c] ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length());
            out.append(c == 0 ? "" : "  ").append(padded);
        }
        return out.toString().stripTrailing();
    }

    private static String noteLine(List<String> row, String note, int[] widths) {
        String start = row.getFirst() + " ".repeat(widths[0] - row.getFirst().length()) + "  ";
        int msColumn = widths.length - 1;
        int middle = 0;
        for (int c = 1; c < msColumn; c++) {
            middle += widths[c] + 2;
        }
        String ms = row.get(msColumn);
        String padded = note.length() < middle ? note + " ".repeat(middle - note.length()) : note + "  ";
        return (start + padded + " ".repeat(Math.max(0, widths[msColumn] - ms.length())) + ms).stripTrailing();
    }
}
