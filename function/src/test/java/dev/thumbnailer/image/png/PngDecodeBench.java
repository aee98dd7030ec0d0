package dev.thumbnailer.image.png;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Time and memory of the streaming decoder on large generated PNGs, for the 100 MP figures.
 * Not a test: run by hand from function/ after {@code mvn test-compile}, e.g.
 * <pre>
 * java -cp target/classes:target/test-classes dev.thumbnailer.image.png.PngDecodeBench generate /tmp/100mp-rgb8.png 10000 10000 8 2
 * java -Xmx256m -cp target/classes:target/test-classes dev.thumbnailer.image.png.PngDecodeBench decode /tmp/100mp-rgb8.png 13 5
 * java -Xmx2g -cp target/classes:target/test-classes dev.thumbnailer.image.png.PngDecodeBench imageio /tmp/12mp-rgb8.png 5
 * </pre>
 * Generation streams: rows are made, Sub-filtered and deflated one at a time; only the compressed
 * file is held. The content is smooth gradients with a little noise, so it compresses like a large
 * render or scan (a 100 MP photo would not fit the 50 MB upload limit as PNG anyway).
 */
public final class PngDecodeBench {

    private PngDecodeBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "decode" -> decode(Files.readAllBytes(Path.of(args[1])), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> imageIo(Files.readAllBytes(Path.of(args[1])), Integer.parseInt(args[2]));
        }
    }

    private static void generate(Path file, int width, int height, int depth, int type) throws IOException {
        int channels = type == 6 ? 4 : 3;
        int bpp = channels * depth / 8;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(6);
        try (OutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] row = new byte[width * bpp];
            byte[] filtered = new byte[1 + row.length];
            long seed = 42;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    int noise = (int) (seed >>> 61);
                    int[] v = {x * 65535 / width, y * 65535 / height, (x + y) * 32767 / (width + height) + noise * 97, 40000 + (x % 512) * 40};
                    for (int c = 0; c < channels; c++) {
                        int at = x * bpp + c * depth / 8;
                        if (depth == 16) {
                            row[at] = (byte) (v[c] >>> 8);
                            row[at + 1] = (byte) v[c];
                        } else {
                            row[at] = (byte) (v[c] >>> 8);
                        }
                    }
                }
                filtered[0] = 1;
                for (int i = 0; i < row.length; i++) {
                    filtered[1 + i] = (byte) (row[i] - (i >= bpp ? row[i - bpp] : 0));
                }
                out.write(filtered);
            }
        }
        deflater.end();
        Files.write(file, frame(width, height, depth, type, compressed.toByteArray()));
        System.out.printf("%s: %dx%d, %d-bit, colour type %d, %.1f MB%n", file, width, height, depth, type, Files.size(file) / 1e6);
    }

    private static byte[] frame(int width, int height, int depth, int type, byte[] zlib) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(zlib.length + (zlib.length >> 10) + 64);
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(PngWriter.chunkBytes("IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) depth).put((byte) type).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        for (int i = 0; i < zlib.length; i += 1 << 20) {
            png.writeBytes(PngWriter.chunkBytes("IDAT", Arrays.copyOfRange(zlib, i, Math.min(zlib.length, i + (1 << 20)))));
        }
        png.writeBytes(PngWriter.chunkBytes("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static void decode(byte[] png, int reduce, int runs) throws PngException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            PngImage image = PngDecoder.decode(png, reduce, 100_000_000L);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("decode 1/%d -> %dx%d: %d ms wall, %d ms CPU, %.1f MB allocated, heap max %d MB%n", reduce, image.image().getWidth(),
                    image.image().getHeight(), ms, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (threads.getCurrentThreadAllocatedBytes() - allocated) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void imageIo(byte[] png, int runs) throws IOException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            var image = ImageIO.read(new java.io.ByteArrayInputStream(png));
            System.out.printf("ImageIO full decode %dx%d: %d ms wall, %d ms CPU%n", image.getWidth(), image.getHeight(),
                    (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
