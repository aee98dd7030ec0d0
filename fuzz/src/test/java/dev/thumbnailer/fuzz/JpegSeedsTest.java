package dev.thumbnailer.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JPEG seeds are what {@link JpegSeeds} writes today, byte for byte: bytes are the
 * property here, since a seed that a fixture change silently alters is no longer the input its
 * name and the fuzz findings describe.
 */
class JpegSeedsTest {

    private static final Map<String, byte[]> SEEDS = JpegSeeds.seeds();

    static Set<String> seedPaths() {
        return SEEDS.keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPaths")
    void seed_regenerated_isTheCommittedFile(String path) throws IOException {
        byte[] committed = committed(path);

        byte[] regenerated = SEEDS.get(path);

        assertArrayEquals(committed, regenerated, path);
    }

    private static byte[] committed(String path) throws IOException {
        try (InputStream in = JpegSeedsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is not committed");
            return in.readAllBytes();
        }
    }
}
