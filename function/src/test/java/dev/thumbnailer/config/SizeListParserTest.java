package dev.thumbnailer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeListParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "small=128x128|small|128|128|FIT",
            "cover=1200x630:fill|cover|1200|630|FILL",
            "wide=300X100:FIT|wide|300|100|FIT",
            " spaced = 64 x 32 : fill |spaced|64|32|FILL",
            "Big_1-x=8192x8192|Big_1-x|8192|8192|FIT",
    })
    void parse_validItem_givesTheSize(String text, String name, int width, int height, FitMode mode) {
        List<String> problems = new ArrayList<>();

        List<ThumbnailSize> sizes = SizeListParser.parse(text, problems);

        assertEquals(List.of(), problems);
        assertEquals(List.of(new ThumbnailSize(name, width, height, mode)), sizes);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "small", "small=", "small=128", "small=128x", "=128x128", "small=128x128:", "small=-1x5",
            "small=0x5", "small=5x0", "small=8193x10", "sm all=5x5", "s/x=5x5", "s=5x5:crop", "s=5x5;t=6x6", ".hidden=5x5"})
    void parse_invalidItem_reportsIt(String text) {
        List<String> problems = new ArrayList<>();

        SizeListParser.parse(text, problems);

        assertEquals(1, problems.size(), () -> "problems for '" + text + "': " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=1x1,b=2x2,c=3x3:fill", "a=1x1 , b=2x2"})
    void parse_list_keepsConfiguredOrder(String text) {
        List<String> problems = new ArrayList<>();

        List<ThumbnailSize> sizes = SizeListParser.parse(text, problems);

        assertTrue(problems.isEmpty(), problems::toString);
        assertEquals("a", sizes.getFirst().name());
        assertEquals("b", sizes.get(1).name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=1x1,a=2x2", "a=1x1,,b=2x2", "a=1x1,"})
    void parse_duplicateOrEmptyItem_isAProblem(String text) {
        List<String> problems = new ArrayList<>();

        SizeListParser.parse(text, problems);

        assertEquals(1, problems.size(), problems::toString);
    }
}
