package dev.thumbnailer.image.png;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes one animated PNG thumbnail as its frames arrive (APNG spec; PNG 3rd ed. §11.3.6): acTL,
 * then per frame an fcTL and its data, IDAT for the first frame (so the default image is the
 * first frame and a reader that knows no APNG shows it) and fdAT for the rest, with sequence
 * numbers running over fcTL and fdAT and every CRC computed. Every frame is the whole canvas with
 * dispose NONE and blend SOURCE: always correct whatever the source's ops were, since the frames
 * handed over are already composited. 8-bit RGBA, since disposal can make any frame transparent.
 * Nothing but IHDR, acTL, fcTL, IDAT, fdAT and IEND is written: no text, eXIf or colour profile
 * of the original survives (frames are handed over in sRGB). A single frame is written as a still PNG.
 */
public final class ApngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final int plays;
    private final ByteArrayOutputStream frames = new ByteArrayOutputStream();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private int width;
    private int height;
    private int count;
    private int sequence;

    /** @param plays acTL's num_plays to write: 0 plays forever */
    public ApngWriter(int plays) {
        this.plays = plays;
    }

    /**
     * @param frame    sRGB, the size of the first frame
     * @param delayNum with {@code delayDen}, the frame's delay in seconds (both 0-65535)
     */
    public void append(BufferedImage frame, int delayNum, int delayDen) {
        if (count == 0) {
            width = frame.getWidth();
            height = frame.getHeight();
        } else if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame " + count + " is " + frame.getWidth() + "x" + frame.getHeight() + ", not " + width + "x" + height);
        }
        frames.writeBytes(chunk("fcTL", ByteBuffer.allocate(26).putInt(sequence++).putInt(width).putInt(height).putInt(0).putInt(0)
                .putShort((short) delayNum).putShort((short) delayDen).put((byte) FrameControl.DISPOSE_NONE)
                .put((byte) FrameControl.BLEND_SOURCE).array()));
        byte[] data = deflate(scanlines(frame));
        if (count == 0) {
            frames.writeBytes(chunk("IDAT", data));
        } else {
            frames.writeBytes(chunk("fdAT", ByteBuffer.allocate(4 + data.length).putInt(sequence++).put(data).array()));
        }
        count++;
    }

    /** The file; a single frame becomes a plain PNG (an animation of one frame is a still). */
    public byte[] finish() {
        deflater.end();
        if (count == 0) {
            throw new IllegalStateException("no frame was appended");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(frames.size() + 64);
        out.writeBytes(SIGNATURE);
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) Header.RGBA)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        if (count > 1) {
            out.writeBytes(chunk("acTL", ByteBuffer.allocate(8).putInt(count).putInt(plays).array()));
            out.writeBytes(frames.toByteArray());
        } else {
            out.writeBytes(stripFrameControl(frames.toByteArray()));
        }
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A lone frame's IDAT without the fcTL before it (the fcTL chunk is 12 + 26 bytes). */
    private static byte[] stripFrameControl(byte[] frame) {
        return Arrays.copyOfRange(frame, 38, frame.length);
    }

    /** Filtered RGBA scanlines, each row's filter the one with the least sum of absolute values (libpng's heuristic). */
    private static byte[] scanlines(BufferedImage frame) {
        ArgbPixels pixels = ArgbPixels.of(frame); // the raster's own array: getRGB would cost more than the deflating
        int[] argb = pixels.argb();
        int w = pixels.width();
        int stride = 4 * w;
        byte[] out = new byte[(stride + 1) * pixels.height()];
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[][] candidates = new byte[5][stride];
        for (int y = 0; y < pixels.height(); y++) {
            for (int x = 0, i = 0, p = y * w; x < w; x++, i += 4, p++) {
                int c = argb[p];
                current[i] = (byte) (c >> 16);
                current[i + 1] = (byte) (c >> 8);
                current[i + 2] = (byte) c;
                current[i + 3] = (byte) (c >>> 24);
            }
            int best = 0;
            long bestSum = Long.MAX_VALUE;
            for (int type = 0; type < 5; type++) {
                long sum = filter(type, current, previous, candidates[type]);
                if (sum < bestSum) {
                    bestSum = sum;
                    best = type;
                }
            }
            int at = y * (stride + 1);
            out[at] = (byte) best;
            System.arraycopy(candidates[best], 0, out, at + 1, stride);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        return out;
    }

    /** One loop per filter type (PNG spec §9.2), so none branches per byte; returns the sum of |filtered byte|. */
    private static long filter(int type, byte[] row, byte[] up, byte[] out) {
        int n = row.length;
        switch (type) {
            case 0 -> System.arraycopy(row, 0, out, 0, n);
            case 1 -> {
                System.arraycopy(row, 0, out, 0, 4);
                for (int i = 4; i < n; i++) {
                    out[i] = (byte) (row[i] - row[i - 4]);
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) (row[i] - up[i]);
                }
            }
            case 3 -> {
                for (int i = 0; i < 4; i++) {
                    out[i] = (byte) (row[i] - ((up[i] & 0xFF) >>> 1));
                }
                for (int i = 4; i < n; i++) {
                    out[i] = (byte) (row[i] - ((row[i - 4] & 0xFF) + (up[i] & 0xFF) >>> 1));
                }
            }
            default -> {
                for (int i = 0; i < 4; i++) {
                    out[i] = (byte) (row[i] - up[i]); // no left neighbours: Paeth picks the one above
                }
                for (int i = 4; i < n; i++) {
                    out[i] = (byte) (row[i] - paeth(row[i - 4] & 0xFF, up[i] & 0xFF, up[i - 4] & 0xFF));
                }
            }
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.abs(out[i]);
        }
        return sum;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private byte[] deflate(byte[] raw) {
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        byte[] buffer = new byte[16384];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }
}
