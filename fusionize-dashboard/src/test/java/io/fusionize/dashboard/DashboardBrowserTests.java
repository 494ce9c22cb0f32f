package io.fusionize.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.dashboard.fixture.ChainApplication;
import io.fusionize.deploy.loop.ControlLoop;
import io.fusionize.deploy.loop.LoopOptions;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in a real browser: Debian's chromium, driven through chromedriver, follows a
 * control loop on an embedded platform until the loop has decided two rounds.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DashboardBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshot goes: the module's build output. */
    static final Path SCREENSHOT = Path.of("target", "dashboard-e2e.png");

    @TempDir
    Path state;

    @TempDir
    Path browserProfile;

    @BeforeAll
    static void requireTheBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " is missing (apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "skipped: " + CHROMEDRIVER + " is missing (apt-get install chromium-driver)");
    }

    @Test
    void followsALoopUntilRoundTwoWithAnInlineEdgeAndChartsThatHoldPoints() throws Exception {
        LoopOptions options = LoopOptions.builder(ChainApplication.NAME).stateDirectory(state).loadRate(2)
                .roundRequests(6).minSamples(4).maxRounds(3).gatewayConcurrency(2).functionTimeoutSeconds(120)
                .retireQuietPeriod(Duration.ofSeconds(2)).build();
        try (DashboardSession dashboard = DashboardSession.start(new DashboardSession.Options(ChainApplication.NAME,
                DashboardModel.MODE_RUN, options.optimizer(), options.memorySizesMb(), 0,
                state.resolve(SnapshotFile.NAME)));
                ControlLoop loop = ControlLoop.start(options, dashboard.watch(embeddedPlatform(state.resolve("platform"))), inlineThenResize(),
                        line -> System.out.println("LOOP " + line))) {
            dashboard.follow(loop);
            Thread rounds = new Thread(() -> runQuietly(loop), "loop");
            rounds.start();
            WebDriver browser = browser();
            try {
                browser.get(dashboard.uri().toString());
                awaitElement(browser, By.cssSelector("#rounds tr[data-round='2']"));

                assertThat(browser.findElements(By.cssSelector("#setup-graph path.edge-inline"))).isNotEmpty();
                assertThat(browser.findElements(By.cssSelector("#setup-graph path.edge-remote"))).isNotEmpty();
                assertThat(browser.findElements(By.cssSelector("#latency-chart circle.point")).size())
                        .isGreaterThanOrEqualTo(2);
                assertThat(browser.findElements(By.cssSelector("#cost-chart circle.point"))).isNotEmpty();
                assertThat(browser.findElement(By.id("rounds")).getText()).contains("v1 → v2");
                assertThat(browser.findElement(By.id("live-rps")).getText()).isNotEqualTo("–");
                Files.createDirectories(SCREENSHOT.getParent());
                Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.quit();
                loop.stop();
                rounds.join();
            }
        }
        assertThat(SCREENSHOT).isNotEmptyFile();
        assertThat(state.resolve(SnapshotFile.NAME)).content().contains("\"round\":2");
    }

    private WebDriver browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + browserProfile.toAbsolutePath(), "--window-size=1400,1150");
        return new ChromeDriver(service, options);
    }

    /** Polls the page; the test's timeout bounds the wait. */
    private static void awaitElement(WebDriver browser, By selector) throws InterruptedException {
        while (browser.findElements(selector).isEmpty()) {
            Thread.sleep(250);
        }
    }

    private static PlatformConnection embeddedPlatform(Path directory) {
        // A shared two-core machine can be slow to start an instance.
        LocalPlatform platform = LocalPlatform.builder().port(0).stateDir(directory)
                .settings(PlatformSettings.defaults().toBuilder().initTimeout(Duration.ofMinutes(2)).build()).build();
        platform.start();
        return PlatformConnection.embedded(platform);
    }

    /** Round 1 fuses the worker into the front function; later rounds change the memory size. */
    private static Optimizer inlineThenResize() {
        return history -> {
            Setup last = history.last().setup();
            int version = history.nextVersion();
            int memory = version % 2 == 0 ? 512 : 1024;
            Setup next = new Setup(ChainApplication.NAME, version, List.of(
                    new FunctionSpec("Front", memory, Set.of("Work"), Set.of()),
                    new FunctionSpec("Work", memory, Set.of(), Set.of()),
                    new FunctionSpec("Log", memory, Set.of(), Set.of())));
            return new Proposal.NextSetup(next, SetupDiff.between(last, next), "the test fuses Work into Front");
        };
    }

    private static void runQuietly(ControlLoop loop) {
        try {
            loop.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
