package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main job's summary site opened as an official opens it, in Debian's headless Chromium driven
 * by its chromedriver (no download, no network): every page loads without a console error, every
 * local link and image resolves, tables sort and filter, and screenshots are kept under {@code
 * target/site-screenshots} for review. Skipped, with the reason, where Chromium cannot start.
 */
class SummarySiteBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("ketnghia.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("ketnghia.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "site-screenshots").toAbsolutePath();

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed: the browser tests are"
                        + " skipped (Debian: apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=vi");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        Path output = SiteRun.output();
        try {
            browser = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            Assumptions.abort("Chromium could not start here, the browser tests are skipped: " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
        assertThat(output.resolve(SitePaths.INDEX)).isRegularFile();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPage_loadsWithoutAConsoleError_andEveryLocalLinkAndImageResolves() {
        List<String> problems = new ArrayList<>();
        for (String page : SiteRun.pages()) {
            open(page);
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add(page + ": console " + entry.getLevel() + " " + entry.getMessage());
                }
            }
            assertThat(browser.findElement(By.cssSelector(".simulated")).isDisplayed()).as(page + " banner").isTrue();
            assertThat(browser.findElement(By.cssSelector(".simulated")).getText()).isEqualTo(SiteContext.SIMULATED_BANNER);
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'a[href], img[src], link[href], script[src]')).map(e => e.href || e.src)"
                    + ".filter(u => !u.startsWith('data:'))");
            for (String target : targets) {
                checkLocal(page, target, problems);
            }
            Long brokenImages = (Long) js("return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length");
            if (brokenImages != 0) {
                problems.add(page + ": " + brokenImages + " images do not show");
            }
            Long scripted = (Long) js("return document.querySelectorAll('th.sortable').length");
            if (browser.findElements(By.cssSelector("table[data-sortable]")).size() > 0 && scripted == 0) {
                problems.add(page + ": the site's script did not run");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(browser.getCurrentUrl()).isNotEmpty();
    }

    @Test
    void oldSummaryLink_landsOnTheIndex() {
        open("summary.html");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/" + SitePaths.INDEX));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng hợp chương trình");
    }

    @Test
    void clickingAHeader_sortsTheTable_upThenDown() {
        open(SitePaths.INDEX);
        WebElement table = browser.findElements(By.cssSelector("table[data-sortable]")).stream()
                .filter(candidate -> candidate.findElement(By.tagName("caption")).getText().startsWith("Dự toán theo mô hình"))
                .findFirst().orElseThrow();
        WebElement amountHeader = table.findElements(By.cssSelector("thead th")).get(1);
        assertThat(amountHeader.getText()).startsWith("Dự toán");

        amountHeader.click();
        List<Double> ascending = column(table, 2);
        amountHeader.click();
        List<Double> descending = column(table, 2);

        assertThat(ascending).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder()).containsExactlyInAnyOrderElementsOf(ascending);
        assertThat(amountHeader.getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void typingInTheFilter_keepsOnlyMatchingRows_evenWithoutDiacritics() {
        open(SitePaths.period("01-nam-thu-1"));
        WebElement units = browser.findElements(By.cssSelector("table[data-filterable]")).stream()
                .filter(table -> table.findElement(By.tagName("caption")).getText().startsWith("Số liệu theo đơn vị"))
                .findFirst().orElseThrow();
        WebElement filter = units.findElement(By.xpath("preceding-sibling::div[@class='filter']/input"));
        int all = visibleRows(units).size();

        filter.sendKeys("tay giang");
        List<String> kept = visibleRows(units);
        assertThat(kept).isNotEmpty().hasSizeLessThan(all).allSatisfy(row -> assertThat(row).containsIgnoringCase("Tây Giang"));

        filter.clear();
        filter.sendKeys(" ");
        filter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        assertThat(visibleRows(units)).hasSize(all);
    }

    @Test
    void screenshots_ofTheIndexAndADistrict_areKeptForReview() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path index = screenshot(SitePaths.INDEX, "index.png");
        Path district = screenshot(SitePaths.district("QNA.TAY-GIANG"), "district-tay-giang.png");
        Path model = screenshot(SitePaths.model("livestock"), "model-livestock.png");
        for (Path file : List.of(index, district, model)) {
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(20_000);
            byte[] png = Files.readAllBytes(file);
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void theListPage_opensFromTheIndex_listsThePlannersPages_newestFirst_andEachOpensFromIt() {
        open(SitePaths.INDEX);
        browser.findElement(By.id(SitePaths.PLANNING_ANCHOR)).findElement(By.xpath("following-sibling::p[@class='links']"))
                .findElement(By.linkText("Danh sách trang dự báo và so sánh kịch bản")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(SitePaths.PLANNING));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dự báo và so sánh kịch bản");
        WebElement table = browser.findElements(By.cssSelector("table[data-sortable]")).stream()
                .filter(candidate -> candidate.findElement(By.tagName("caption")).getText().startsWith("Trang dự báo"))
                .findFirst().orElseThrow();
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        List<String> linked = rows.stream().map(row -> row.findElement(By.cssSelector("td:first-child a")).getAttribute("href"))
                .map(href -> href.substring(href.lastIndexOf(SitePaths.PAGES + "/"))).toList();
        // written forecast 2025, forecast 2024, comparison: the newest first
        assertThat(linked).containsExactly(SitePaths.COMPARISON, SitePaths.forecast(SiteRun.EARLIER_AS_OF),
                SitePaths.forecast(SiteRun.FORECAST_AS_OF));
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector("td:nth-child(3)")).getText())
                .containsExactly("31/12/2025", "01/01/2024", "01/01/2025");
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector("td:nth-child(4)")).getText()).doesNotContain("")
                .allSatisfy(sequence -> assertThat(sequence).matches("[0-9.]+"));

        table.findElement(By.linkText("Dự báo từ sổ cái — hiện trạng ngày 01/01/2025")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl()
                .endsWith(SitePaths.forecast(SiteRun.FORECAST_AS_OF)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dự báo từ sổ cái — hiện trạng ngày 01/01/2025");
        browser.findElement(By.cssSelector("nav.crumbs")).findElement(By.linkText("Dự báo và so sánh kịch bản")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(SitePaths.PLANNING));
        browser.findElement(By.cssSelector("nav.site")).findElement(By.linkText("Dự báo, so sánh kịch bản")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(SitePaths.PLANNING));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dự báo và so sánh kịch bản");
    }

    @Test
    void screenshots_ofAForecastAndTheComparison_areKeptForReview() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path forecast = screenshot(SitePaths.forecast(SiteRun.FORECAST_AS_OF), "forecast.png");
        Path comparison = screenshot(SitePaths.COMPARISON, "comparison.png");
        for (Path file : List.of(forecast, comparison)) {
            assertThat(Files.size(file)).as(file.toString()).isGreaterThan(20_000);
            byte[] png = Files.readAllBytes(file);
            assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    private static Path screenshot(String page, String name) throws Exception {
        open(page);
        long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 12000)");
        browser.manage().window().setSize(new Dimension(1280, (int) height));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static List<Double> column(WebElement table, int column) {
        return table.findElements(By.cssSelector("tbody tr td:nth-child(" + column + ")")).stream()
                .map(cell -> Double.parseDouble(cell.getAttribute("data-sort"))).collect(Collectors.toList());
    }

    private static List<String> visibleRows(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .toList();
    }

    private static void checkLocal(String page, String target, List<String> problems) {
        URI uri = URI.create(target);
        if (!"file".equals(uri.getScheme())) {
            problems.add(page + ": a link leaves the site: " + target);
            return;
        }
        Path file = Paths.get(URI.create(uri.getScheme() + "://" + uri.getRawPath()));
        if (!Files.isRegularFile(file)) {
            problems.add(page + ": broken link " + target);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            try {
                if (!Files.readString(file).contains("id=\"" + fragment + "\"")) {
                    problems.add(page + ": no anchor #" + fragment + " in " + file.getFileName());
                }
            } catch (java.io.IOException e) {
                problems.add(page + ": " + e);
            }
        }
    }

    private static void open(String page) {
        browser.get(SiteRun.output().resolve(page).toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static Object js(String script) {
        return browser.executeScript(script);
    }
}
