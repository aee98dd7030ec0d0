package dev.thumbnailer.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGBA PNG row by row (PNG spec: signature, IHDR, IDAT, IEND), sequential or Adam7
 * interlaced, so a 100 MP image never exists as a raster here. Rows use the Sub filter; the content is a smooth gradient, which it
 * turns into near-constant bytes that deflate to almost nothing.
 */
final class PngStream {

    private PngStream() {
    }

    /** Adam7 passes: x0, y0, dx, dy (PNG spec §8.2); a sequential file is the one pass of every pixel. */
    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    private static final int[][] SEQUENTIAL = {{0, 0, 1, 1}};

    static void writeRgba(OutputStream out, int width, int height, int bitsPerSample, boolean interlaced) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(bitsPerSample);
        h.writeByte(6); // colour type: RGBA
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(interlaced ? 1 : 0);
        chunk(data, "IHDR", ihdr.toByteArray());
        ChunkingStream idat = new ChunkingStream(data);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int[] pass : interlaced ? ADAM7 : SEQUENTIAL) {
                writePass(z, width, height, bitsPerSample, pass[0], pass[1], pass[2], pass[3]);
            }
        }
        idat.flushChunk();
        chunk(data, "IEND", new byte[0]);
        data.flush();
    }

    /** The scanlines of pixels (x0 + i·dx, y0 + j·dy), Sub-filtered; nothing for an empty pass. */
    private static void writePass(OutputStream z, int width, int height, int bitsPerSample, int x0, int y0, int dx, int dy) throws IOException {
        int passWidth = (width - x0 + dx - 1) / dx;
        if (passWidth <= 0 || y0 >= height) {
            return;
        }
        int bytesPerPixel = 4 * bitsPerSample / 8;
        byte[] row = new byte[1 + passWidth * bytesPerPixel];
        long[] previous = new long[4];
        int max = (1 << bitsPerSample) - 1;
        for (int y = y0; y < height; y += dy) {
            row[0] = 1; // Sub
            java.util.Arrays.fill(previous, 0);
            for (int i = 0; i < passWidth; i++) {
                long x = x0 + (long) i * dx;
                long[] sample = {x * max / width, (long) y * max / height, (x + y) * max / (width + height), max - x * max / (2L * width)};
                for (int c = 0; c < 4; c++) {
                    long delta = (sample[c] - previous[c]) & max;
                    previous[c] = sample[c];
                    int at = 1 + i * bytesPerPixel + c * bitsPerSample / 8;
                    if (bitsPerSample == 16) {
                        row[at] = (byte) (delta >> 8);
                        row[at + 1] = (byte) delta;
                    } else {
                        row[at] = (byte) delta;
                    }
                }
            }
            z.write(row);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    /** Collects deflated bytes into IDAT chunks of at most 1 MiB. */
    private static final class ChunkingStream extends OutputStream {
        private final DataOutputStream out;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        ChunkingStream(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            pending.write(b);
            maybeFlush();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            pending.write(b, off, len);
            maybeFlush();
        }

        private void maybeFlush() throws IOException {
            if (pending.size() >= 1 << 20) {
                flushChunk();
            }
        }

        void flushChunk() throws IOException {
            if (pending.size() > 0) {
                chunk(out, "IDAT", pending.toByteArray());
                pending.reset();
            }
        }

        @Override
        public void close() throws IOException {
            // the PNG continues after the last IDAT: flushChunk() is called explicitly
        }
    }
}
