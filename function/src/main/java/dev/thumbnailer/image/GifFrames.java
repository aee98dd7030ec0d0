package dev.thumbnailer.image;

import java.io.IOException;
import javax.imageio.ImageReader;

/** Counts GIF frames without decoding them, stopping once past the cap so a 100k-frame file costs little. */
final class GifFrames {

    private GifFrames() {
    }

    /** The frame count, or {@code cap + 1} when there are more than {@code cap}. */
    static int count(ImageReader reader, int cap) throws IOException {
        int frames = 1;
        while (frames <= cap) {
            try {
                reader.getWidth(frames); // forces the reader to locate frame n without decoding it
                frames++;
            } catch (IndexOutOfBoundsException end) {
                break;
            }
        }
        return frames;
    }
}
