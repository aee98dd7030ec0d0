package dev.thumbnailer.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lists the structural pieces of an encoded file, to check what a derivative carries besides pixels. */
public final class Containers {

    private Containers() {
    }

    /** JPEG header segments as "FFE0 JFIF", "FFDB", ..., up to SOS. */
    public static List<String> jpegSegments(byte[] jpeg) {
        return JpegSegments.read(jpeg).stream()
                .map(s -> String.format("FF%02X", s.marker()) + (s.marker() >= 0xE0 && s.marker() <= 0xEF ? " " + s.identifier() : ""))
                .toList();
    }

    public static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = (png[pos] & 0xFF) << 24 | (png[pos + 1] & 0xFF) << 16 | (png[pos + 2] & 0xFF) << 8 | (png[pos + 3] & 0xFF);
            chunks.add(new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1));
            pos += 12 + length;
        }
        return chunks;
    }

    /** GIF blocks after the screen descriptor: "image", "extension F9", "application NETSCAPE2.0", "comment", ... */
    public static List<String> gifBlocks(byte[] gif) {
        List<String> blocks = new ArrayList<>();
        int flags = gif[10] & 0xFF;
        int pos = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while (pos < gif.length && (gif[pos] & 0xFF) != 0x3B) {
            int introducer = gif[pos] & 0xFF;
            if (introducer == 0x2C) {
                int local = gif[pos + 9] & 0xFF;
                pos += 10 + ((local & 0x80) != 0 ? 3 << ((local & 7) + 1) : 0) + 1; // descriptor, table, LZW code size
                blocks.add("image");
            } else {
                int label = gif[pos + 1] & 0xFF;
                blocks.add(switch (label) {
                    case 0xFF -> "application " + new String(gif, pos + 3, 11, StandardCharsets.ISO_8859_1);
                    case 0xFE -> "comment";
                    case 0x01 -> "plain text";
                    default -> String.format("extension %02X", label);
                });
                pos += 2;
            }
            pos = skipSubBlocks(gif, pos);
        }
        return blocks;
    }

    private static int skipSubBlocks(byte[] gif, int pos) {
        while (pos < gif.length && gif[pos] != 0) {
            pos += (gif[pos] & 0xFF) + 1;
        }
        return pos + 1;
    }
}
