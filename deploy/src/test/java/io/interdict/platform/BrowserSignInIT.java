package io.interdict.platform;

import static io.interdict.platform.environment.TestEnvironment.serverUrl;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Browser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (Debian's headless Chromium): signs in at Keycloak as an analyst, works in
 * the analyst's view, is kept out of the manager's, and signs out. Screenshots go to target/it/.
 */
@PlatformTest
class BrowserSignInIT extends DeployedApplication {

    private Browser session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        session = Browser.open();
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
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
