package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's headless Chromium): signs in at Keycloak as an analyst, works in
 * the analyst's view, is kept out of the manager's, and signs out. Screenshots go to target/it/.
 */
@PlatformTest
class BrowserSignInIT extends DeployedApplication {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        assertThat(CHROMEDRIVER).as("Debian's chromium and chromium-driver (bin/interdict test installs them)")
                .isExecutable();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("interdict-chromium"));
        // an explicit driver keeps Selenium Manager from trying to download one
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void analystSignsInWorksTheQueueIsKeptOutOfEscalationsAndSignsOut() throws IOException {
        browser.get(serverUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(TestEnvironment.keycloak().realmUrl());
        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("analyst");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.textToBe(By.id("view-heading"), "Case queue"));
        assertThat(browser.getCurrentUrl()).isEqualTo(serverUrl() + "/analyst/queue");
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("analyst").contains("Ada Analyst");
        assertThat(browser.findElement(By.id("current-roles")).getText()).isEqualTo("analyst");
        screenshot("analyst-queue.png");

        browser.get(serverUrl() + "/manager/escalations");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-available")));
        assertThat(browser.findElements(By.xpath("//h2[text()='Escalations']"))).isEmpty();
        screenshot("analyst-denied-escalations.png");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        assertThat(browser.getCurrentUrl()).startsWith(TestEnvironment.keycloak().realmUrl());
        screenshot("signed-out.png");

        // the Keycloak session ended too: opening the application asks for a login again
        browser.get(serverUrl() + "/analyst/queue");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
    }

    private void screenshot(String name) throws IOException {
        Path target = Files.createDirectories(TestEnvironment.outputDirectory()).resolve(name);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
