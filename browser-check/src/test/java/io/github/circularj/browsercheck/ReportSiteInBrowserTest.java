package io.github.circularj.browsercheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.examples.PilotOverview;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Opens every page of the README's report site (the examples' {@link PilotOverview}, a small synthetic
 * pilot with its experiment and sweep) in headless Chromium at a laptop's and a phone's size, and
 * checks what a person would see: nothing wider than the window, every link to a page (and anchor) of
 * the site, every chart with a size and a title, no console errors, nothing loaded from elsewhere; and
 * again in print styles at the printable width of A4. One screenshot per kind of page and size, and one
 * A4 PDF per kind of page, are kept in {@code target/site-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSiteInBrowserTest {

    /** The sizes checked: a common laptop's window and a phone's. */
    private static final List<Dimension> VIEWPORTS = List.of(new Dimension(1366, 768), new Dimension(390, 844));

    /** 186 mm at 96 px an inch: an A4 page less the site's 12 mm side margins. */
    private static final Dimension A4_PRINTABLE = new Dimension(703, 1000);

    /**
     * Elements that stick out of the viewport, unless a box clips them (as an SVG does its text). A box
     * that scrolls sideways does not excuse them: on a phone a person should not have to scroll a table.
     */
    private static final String OVERFLOWING = String.join("\n",
            "const width = document.documentElement.clientWidth;",
            "const out = [];",
            "for (const e of document.body.querySelectorAll('*')) {",
            "  const r = e.getBoundingClientRect();",
            "  if (r.width === 0 || r.right <= width + 0.5) continue;",
            "  let clipped = false;",
            "  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {",
            "    if (getComputedStyle(p).overflowX === 'hidden') { clipped = true; break; }",
            "  }",
            "  if (!clipped) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')",
            "      + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')",
            "      + ' right=' + Math.round(r.right) + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"');",
            "}",
            "return out.slice(0, 10);");

    /**
     * Selenium looks for a DevTools binding matching the browser's version and warns when it has none; the
     * checks use no DevTools, so the warning is noise. Held here so that the level is not collected.
     */
    private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");

    private Path site;
    private Path screenshots;
    private ChromeDriver driver;
    private List<Path> pages;

    /** What each check found, page by page, in one pass over the site per viewport. */
    private final Map<String, List<String>> overflow = new LinkedHashMap<>();
    private final List<String> brokenLinks = new ArrayList<>();
    private final List<String> badCharts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private final Map<String, Integer> links = new LinkedHashMap<>();
    private int charts;

    @BeforeAll
    void writeTheSiteAndStartChromium() throws IOException {
        DEVTOOLS.setLevel(Level.SEVERE);
        site = Path.of(System.getProperty("circular.browser.site", "target/browser-site"));
        screenshots = Path.of(System.getProperty("circular.browser.screenshots", "target/site-screenshots"));
        Files.createDirectories(screenshots);
        if (Files.exists(site)) {
            try (Stream<Path> files = Files.list(site)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        PrintStream stdout = System.out;
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            System.setOut(quiet);
            PilotOverview.main(new String[] {"--items", "480", "--seed", "2026", "--out", site.toString()});
        } finally {
            System.setOut(stdout);
        }
        try (Stream<Path> files = Files.list(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }

        File driverFile = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverFile)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("circular.browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        visitEveryPage();
    }

    /**
     * Opens every page once per viewport and runs every check on it: overflow at both sizes; links,
     * console and loads at the laptop's size; charts at the phone's, where they are scaled down most.
     */
    private void visitEveryPage() throws IOException {
        Set<String> shot = new TreeSet<>();
        for (Dimension size : VIEWPORTS) {
            viewport(size);
            boolean laptop = size.equals(VIEWPORTS.get(0));
            for (Path page : pages) {
                open(page);
                List<String> wide = overflow();
                if (!wide.isEmpty()) {
                    overflow.put(page.getFileName() + " at " + size.width + "x" + size.height, wide);
                }
                if (laptop) {
                    links.put(page.getFileName().toString(), driver.findElements(By.cssSelector("a[href]")).size());
                    brokenLinks.addAll(brokenLinks(page));
                    consoleErrors.addAll(consoleErrors(page));
                } else {
                    charts += driver.findElements(By.tagName("svg")).size();
                    badCharts.addAll(badCharts(page));
                }
                if (shot.add(kind(page) + "-" + size.width)) {
                    screenshot(page, size);
                }
            }
        }
        // A4 in print styles: the printable width of an A4 page with the site's 12 mm margins, 186 mm.
        viewport(A4_PRINTABLE);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (Path page : pages) {
                open(page);
                List<String> wide = overflow();
                if (!wide.isEmpty()) {
                    overflow.put(page.getFileName() + " printed on A4", wide);
                }
                if (shot.add(kind(page) + "-a4")) {
                    PrintOptions a4 = new PrintOptions();
                    a4.setPageSize(new PageSize(29.7, 21.0));
                    a4.setBackground(true);
                    Files.write(screenshots.resolve(kind(page) + "-a4.pdf"),
                            java.util.Base64.getDecoder().decode(driver.print(a4).getContent()));
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theSiteHasAnIndexAndEveryKindOfPage() {
        assertThat(pages).extracting(p -> kind(p)).contains("index", "city", "enterprise", "experiment", "sensitivity");
        assertThat(pages).hasSizeGreaterThan(20);
    }

    @Test
    void everyPageFitsALaptopAndAPhoneWithoutScrollingSideways() {
        assertThat(overflow).as("pages wider than the window, with the elements sticking out").isEmpty();
    }

    @Test
    void everyLinkResolvesToAPageOrFileOfTheSiteAndEveryAnchorExists() {
        assertThat(links).hasSize(pages.size()).allSatisfy((page, count) -> assertThat(count).as(page).isPositive());
        assertThat(brokenLinks).isEmpty();
    }

    @Test
    void everyChartHasASizeAndATitle() {
        assertThat(charts).as("charts on the site").isGreaterThanOrEqualTo(pages.size() - 1);
        assertThat(badCharts).as("charts without a size or a title").isEmpty();
    }

    @Test
    void noPageLogsAConsoleErrorOrLoadsAnythingFromElsewhere() {
        assertThat(consoleErrors).isEmpty();
    }

    /** The checks themselves can fail: a page made to break each of them is caught by each. */
    @Test
    void theChecksCatchABadPage() throws IOException {
        Path dir = Files.createTempDirectory("bad-site");
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, String.join("\n",
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>bad</title></head><body>",
                "<div style=\"width:2000px\">too wide</div>",
                "<a href=\"missing.html\">a</a> <a href=\"#nowhere\">b</a> <a href=\"https://example.org/\">c</a>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><rect width=\"10\" height=\"10\"/></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"><title>empty</title></svg>",
                "<script>console.error('boom');</script>",
                "</body></html>"), StandardCharsets.UTF_8);
        viewport(VIEWPORTS.get(1));
        open(bad);
        assertThat(overflow()).anySatisfy(p -> assertThat(p).contains("scrollWidth"))
                .anySatisfy(p -> assertThat(p).startsWith("div"));
        assertThat(brokenLinks(bad)).hasSize(3).anySatisfy(p -> assertThat(p).contains("no such file"))
                .anySatisfy(p -> assertThat(p).contains("no element with id \"nowhere\""))
                .anySatisfy(p -> assertThat(p).contains("leaves the site"));
        assertThat(badCharts(bad)).hasSize(2);
        assertThat(consoleErrors(bad)).anySatisfy(p -> assertThat(p).contains("boom"));
    }

    /** What sticks out of the viewport on the open page: the whole document, then the elements. */
    private List<String> overflow() {
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) driver.executeScript(OVERFLOWING);
        List<String> all = new ArrayList<>();
        if (scrollWidth > clientWidth) {
            all.add("scrollWidth " + scrollWidth + " > clientWidth " + clientWidth);
        }
        all.addAll(wide);
        return all;
    }

    /** The links of the open page that do not lead to a file of the site, or to an anchor that exists. */
    private List<String> brokenLinks(Path page) throws IOException {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'));");
        List<String> broken = new ArrayList<>();
        for (String href : hrefs) {
            String problem = resolve(page, href);
            if (problem != null) {
                broken.add(page.getFileName() + ": " + href + ": " + problem);
            }
        }
        return broken;
    }

    /** The SVG charts of the open page with no width, no height or no title. */
    private List<String> badCharts(Path page) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver.executeScript(String.join("\n",
                "return Array.from(document.querySelectorAll('svg'), s => {",
                "  const r = s.getBoundingClientRect();",
                "  const t = Array.from(s.children).find(c => c.tagName.toLowerCase() === 'title');",
                "  return Math.round(r.width) + 'x' + Math.round(r.height) + ' ' + (t ? t.textContent.trim() : '');",
                "});"));
        List<String> bad = new ArrayList<>();
        for (String svg : found) {
            String[] parts = svg.split(" ", 2);
            String[] wh = parts[0].split("x");
            if (Integer.parseInt(wh[0]) <= 0 || Integer.parseInt(wh[1]) <= 0 || parts.length < 2 || parts[1].isBlank()) {
                bad.add(page.getFileName() + ": " + svg);
            }
        }
        return bad;
    }

    /** The warnings and errors the open page logged, and anything it loaded from outside the file system. */
    private List<String> consoleErrors(Path page) {
        List<String> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        for (String resource : resources) {
            if (!resource.startsWith("file:")) {
                errors.add(page.getFileName() + " loads " + resource);
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(page.getFileName() + ": " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        return errors;
    }

    private void viewport(Dimension size) {
        driver.manage().window().setSize(size);
        // the window's outer size differs from the page's by the browser's frame, if any: correct once
        long innerWidth = (Long) driver.executeScript("return window.innerWidth;");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight;");
        if (innerWidth != size.width || innerHeight != size.height) {
            driver.manage().window().setSize(new Dimension(size.width + (size.width - (int) innerWidth),
                    size.height + (size.height - (int) innerHeight)));
        }
    }

    private void open(Path page) {
        driver.get(page.toUri().toString());
    }

    private void screenshot(Path page, Dimension size) throws IOException {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(height, 5000)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(kind(page) + "-" + size.width + ".png"), png);
        viewport(size);
    }

    /** Null if the link is good, else what is wrong with it. */
    private String resolve(Path page, String href) throws IOException {
        if (href.isEmpty()) {
            return "empty";
        }
        URI uri = URI.create(href);
        if (uri.isAbsolute()) {
            return "leaves the site";
        }
        String path = uri.getPath();
        Path target = path == null || path.isEmpty() ? page : page.resolveSibling(path).normalize();
        if (!target.getParent().equals(page.getParent())) {
            return "outside the site's directory";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !Files.readString(target, StandardCharsets.UTF_8).contains("id=\"" + fragment + "\"")) {
            return "no element with id \"" + fragment + "\" in " + target.getFileName();
        }
        return null;
    }

    private static String kind(Path page) {
        String name = page.getFileName().toString();
        int dash = name.indexOf('-');
        return dash < 0 ? name.substring(0, name.length() - ".html".length()) : name.substring(0, dash);
    }

}
