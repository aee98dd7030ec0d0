package dev.thumbnailer.image.png;

final class Bytes {

    private Bytes() {
    }

    static long u32(byte[] d, int i) {
        return (d[i] & 0xFFL) << 24 | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
    }

    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }
}
