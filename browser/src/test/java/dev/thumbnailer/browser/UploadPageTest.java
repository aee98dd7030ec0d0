package dev.thumbnailer.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.template.TemplateReader;
import dev.thumbnailer.local.web.LocalWebStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload page in headless Chromium against {@code ./try-it --web}'s stack in this JVM: real
 * presigned PUTs from the browser to the S3 server (CORS and signatures checked), S3 events
 * delivered to the real functions, the page polling the real API.
 */
class UploadPageTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final Duration PROCESSING = Duration.ofSeconds(40);

    static LocalWebStack stack;
    static ChromeDriver browser;
    static Path profile;
    static final ByteArrayOutputStream deliveries = new ByteArrayOutputStream();

    @TempDir
    Path files;

    @BeforeAll
    static void start() throws IOException {
        profile = Chromium.freshProfile();
        browser = Chromium.start(profile);
        stack = LocalWebStack.start(TemplateReader.read(ROOT.resolve("template.yaml")), ROOT.resolve("web"), 0,
                new ByteArrayOutputStream(), new PrintStream(deliveries, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openPage() {
        browser.manage().window().setSize(new Dimension(1100, 1000));
        browser.get(stack.pageUrl());
    }

    @Test
    void fileInput_jpegPngWithAlphaAndAnimatedGif_endAsThumbnailsOfTheRightNaturalSizes() throws IOException {
        Path jpeg = TestImages.jpeg(files, "beach.jpg", 1200, 800);
        Path png = TestImages.pngWithAlpha(files, "logo.png", 300, 600);
        Path gif = TestImages.animatedGif(files, "spinner.gif", 4, 200, 100);
        Path text = TestImages.text(files, "notes.jpg", "meeting notes, not a photo");
        browser.manage().window().setSize(new Dimension(1100, 1500));

        choose(jpeg, png, gif, text);
        awaitStates(Map.of("beach.jpg", "ready", "logo.png", "ready", "spinner.gif", "ready", "notes.jpg", "rejected"));

        assertEquals(Map.of("small", "128x85", "medium", "512x341"), naturalSizes("beach.jpg"));
        assertEquals(Map.of("small", "64x128", "medium", "256x512"), naturalSizes("logo.png"));
        assertEquals(Map.of("small", "128x64", "medium", "200x100"), naturalSizes("spinner.gif"), "never upscaled");
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(object("thumbnails/small/users/local-user/logo.png"))).getColorModel().hasAlpha());
        assertTrue(item("beach.jpg").getText().contains("medium · 512×341"), item("beach.jpg").getText());
        // The README's screenshot: refreshed with -Ddocs.screenshot=true, otherwise kept out of the work tree.
        Path screenshot = Boolean.getBoolean("docs.screenshot") ? ROOT.resolve("docs/upload-page.png") : ROOT.resolve("browser/target/upload-page.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void textNamedJpg_endsAsAVisibleRejectionWithTheFunctionsReason() {
        Path text = TestImages.text(files, "report.jpg", "quarterly figures");

        choose(text);
        awaitStates(Map.of("report.jpg", "rejected"));

        WebElement status = item("report.jpg").findElement(By.cssSelector(".tu-status"));
        assertTrue(status.isDisplayed());
        assertEquals("Rejected: content is text, not JPEG, PNG or GIF", status.getText());
        assertEquals(0, item("report.jpg").findElements(By.tagName("img")).size());
    }

    @Test
    void delete_removesTheUploadFromThePageAndItsThumbnailsFromTheBucket() {
        Path jpeg = TestImages.jpeg(files, "delete-me.jpg", 400, 300);
        choose(jpeg);
        awaitStates(Map.of("delete-me.jpg", "ready"));
        String key = item("delete-me.jpg").getAttribute("data-key");
        assertTrue(exists("thumbnails/small/" + key));

        item("delete-me.jpg").findElement(By.cssSelector("button[data-action=remove]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(js(
                "return [...document.querySelectorAll('li.tu-item .tu-name')].some(n => n.textContent === 'delete-me.jpg')")));
        new WebDriverWait(browser, PROCESSING).until(d -> !exists(key) && !exists("thumbnails/small/" + key) && !exists("thumbnails/medium/" + key));
    }

    @Test
    void clientSideCheck_unsupportedType_isRefusedBeforeAnyRequest() {
        Path svg = TestImages.text(files, "drawing.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");

        choose(svg);

        awaitStates(Map.of("drawing.svg", "invalid"));
        assertTrue(item("drawing.svg").getText().contains("only JPEG, PNG and GIF"), item("drawing.svg").getText());
        assertFalse(exists("users/local-user/drawing.svg"));
    }

    @Test
    void keyboardAndNarrowScreen_fileInputReachableByTab_andNoHorizontalScrolling() {
        browser.manage().window().setSize(new Dimension(360, 800));
        Path jpeg = TestImages.jpeg(files, "a-rather-long-file-name-for-a-narrow-phone-screen.jpg", 900, 300);
        choose(jpeg);
        awaitStates(Map.of("a-rather-long-file-name-for-a-narrow-phone-screen.jpg", "ready"));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        Object focused = js("return document.activeElement.getAttribute('data-role')");
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");

        assertEquals("file-input", focused);
        assertEquals(0L, ((Number) overflow).longValue());
    }

    private void choose(Path... chosen) {
        String paths = Stream.of(chosen).map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        browser.findElement(By.cssSelector("input[data-role=file-input]")).sendKeys(paths);
    }

    private void awaitStates(Map<String, String> expected) {
        new WebDriverWait(browser, PROCESSING).ignoring(StaleElementReferenceException.class).until(d -> expected.entrySet().stream()
                .allMatch(e -> items().anyMatch(li -> name(li).equals(e.getKey()) && e.getValue().equals(li.getAttribute("data-state")))));
    }

    /** size → "WIDTHxHEIGHT" as the browser decoded each thumbnail, once all have loaded. */
    private Map<String, String> naturalSizes(String file) {
        WebElement li = item(file);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> li.findElements(By.tagName("img")).stream()
                .allMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img))));
        return li.findElements(By.tagName("img")).stream().collect(Collectors.toMap(img -> img.getAttribute("data-size"),
                img -> js("return arguments[0].naturalWidth + 'x' + arguments[0].naturalHeight", img).toString()));
    }

    private WebElement item(String file) {
        return items().filter(li -> name(li).equals(file)).findFirst().orElseThrow(() -> new AssertionError("no item for " + file));
    }

    private Stream<WebElement> items() {
        return browser.findElements(By.cssSelector("li.tu-item")).stream();
    }

    private static String name(WebElement li) {
        return li.findElement(By.cssSelector(".tu-name")).getText();
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private static boolean exists(String key) {
        return stack.client().listObjectsV2(r -> r.bucket(stack.bucket()).prefix(key)).contents().stream().anyMatch(o -> o.key().equals(key));
    }

    private static byte[] object(String key) {
        return stack.client().getObjectAsBytes(r -> r.bucket(stack.bucket()).key(key)).asByteArray();
    }
}
