package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

class DecodeFailuresTest {

    @Test
    void rethrowIfOutOfMemory_oomWrappedByImageIo_isRethrownNotTurnedIntoARejection() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        IIOException wrapped = new IIOException("Caught exception during read: ", oom);

        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> DecodeFailures.rethrowIfOutOfMemory(new IllegalStateException(wrapped))));
    }

    @Test
    void rethrowIfOutOfMemory_ordinaryDecoderFailure_isLeftToBecomeARejection() {
        assertDoesNotThrow(() -> DecodeFailures.rethrowIfOutOfMemory(new IIOException("Error reading PNG image data", new IOException("bad"))));
    }
}
