package io.interdict.platform.environment;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser: Debian's headless Chromium driven through its own chromedriver (so Selenium Manager never
 * downloads one), signed in at Keycloak, with screenshots saved for the user guide.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // polled every 20 ms, not Selenium's default 500 ms: the waits also time what a person waits for
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.wait.pollingEvery(Duration.ofMillis(20));
    }

    public static Browser open() throws IOException {
        assertThat(CHROMEDRIVER).as("Debian's chromium and chromium-driver (bin/interdict test installs them)")
                .isExecutable();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("interdict-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the path; when Keycloak asks, signs in as the user (whose password is their name, in the demo realm). */
    public Browser signIn(String user, String path) {
        return signInAt(serverUrl(), user, path);
    }

    /** As {@link #signIn}, on a server of the caller's choosing (a cluster's balancer, say). */
    public Browser signInAt(String baseUrl, String user, String path) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        return this;
    }

    public Browser go(String path) {
        driver.get(serverUrl() + path);
        return this;
    }

    public WebElement visible(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clicks the element once it can be clicked, scrolled to the middle of the window first (not under a banner). */
    public void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        scrollTo(id);
        element.click();
    }

    public void untilText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    public void until(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        wait.until(condition);
    }

    /** Scrolls the element to the middle of the window (before a screenshot of it). */
    public void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", find(id));
    }

    /** Types into a Vaadin text field or area (its inner input), replacing what is there. */
    public void type(String fieldId, String text) {
        WebElement input = find(fieldId).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
    }

    /** Opens a Vaadin select and picks the item with this label (the items live in an overlay). */
    public void select(String selectId, String label) {
        click(selectId);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space()='" + label + "']"))).click();
    }

    /** Chooses a radio button of a Vaadin radio group by its label. */
    public void choose(String groupId, String label) {
        WebElement option = find(groupId).findElement(By.xpath(".//vaadin-radio-button/label[normalize-space()='"
                + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    /** Presses a key with the focus on the page's body, where the review's shortcuts listen. */
    public void press(CharSequence key) {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        driver.findElement(By.tagName("body")).sendKeys(key);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves a screenshot under {@code target/screenshots/}, where the user guide takes its pictures from. */
    public Path screenshot(String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
