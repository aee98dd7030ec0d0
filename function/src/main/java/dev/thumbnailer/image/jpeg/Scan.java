package dev.thumbnailer.image.jpeg;

/**
 * A scan header (T.81 B.2.3): its components, spectral selection {@code ss..se} and successive
 * approximation bit positions {@code ah}, {@code al}; plus the restart interval in force (0: none).
 */
record Scan(Component[] components, int ss, int se, int ah, int al, int restartInterval) {

    boolean isDc() {
        return ss == 0;
    }

    boolean isFirst() {
        return ah == 0;
    }
}
