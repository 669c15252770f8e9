package dev.storyline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI end to end in headless Chromium over the bundled samples. Uses Debian's chromium and
 * chromium-driver (.ci/run installs them); skipped where they are absent. The driver path is set explicitly,
 * so Selenium Manager never runs and nothing is downloaded.
 */
class UiTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static TestServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path profile;
    /** Held so the setting sticks: Selenium's warning that its CDP bindings are older than Chromium is noise here. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromium-driver are not installed");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        server = TestServer.withSamples();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("storyline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void open(String route) {
        browser.get("http://127.0.0.1:" + server.server.port() + "/" + route);
    }

    static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Full-page shot: the window grows to the page's height first. */
    static void fullPage(String name, int width) throws Exception {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, 1000));
        Long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(6000, height + 120)));
        screenshot(name);
        browser.manage().window().setSize(before);
    }

    static List<WebElement> stories() {
        return wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#stories .story-item"), 0));
    }

    static void noScriptErrors() {
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            assertThat(e.getLevel()).as(e.getMessage()).isNotEqualTo(Level.SEVERE);
        }
    }

    @Test
    void storyListShowsTheSamplesAndUpdatesLive() throws Exception {
        open("");
        int before = server.service.store().stories().size();
        assertThat(stories()).hasSize(before).hasSizeGreaterThanOrEqualTo(3);
        wait.until(ExpectedConditions.attributeContains(By.id("live"), "class", "on"));
        // a reader sees, before opening it, that the bridge story's sources disagree on figures
        WebElement bridgeItem = stories().stream().filter(e -> e.getText().contains("Kessler")).findFirst().orElseThrow();
        assertThat(bridgeItem.findElement(By.cssSelector(".badge.conflict")).getText()).containsPattern("\\d+ conflicts? over figures");
        screenshot("story-list");
        fullPage("story-list-full", 1400);
        fullPage("story-list-phone", 390);
        ObjectNode a = PostArticlesTest.article("live-1", "Marrowby", 9);
        server.post("/api/articles", "application/json", a.toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stories .story-item"), before + 1));
        assertThat(browser.findElement(By.id("stories")).getText()).contains("Marrowby");
        assertThat(browser.findElements(By.cssSelector("#stories .story-item.fresh"))).isNotEmpty();
        screenshot("story-list-live");
        noScriptErrors();
    }

    @Test
    void theStoryListFiltersByOutletAndKeepsTheFilterInItsAddress() throws Exception {
        open("");
        int all = stories().size();
        filterBy("outlet", "Meridian Press");
        wait.until(ExpectedConditions.urlContains("outlet=Meridian"));
        wait.until(d -> d.findElements(By.cssSelector("#stories .story-item")).size() < all);
        List<WebElement> shown = browser.findElements(By.cssSelector("#stories .story-item"));
        assertThat(shown).isNotEmpty().allSatisfy(e -> assertThat(e.getText()).contains("Meridian Press"));
        assertThat(browser.findElement(By.id("filter-outlet")).getAttribute("value")).isEqualTo("Meridian Press");
        filterBy("outlet", "No Such Outlet");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-empty")));
        assertThat(browser.findElement(By.id("stories-empty")).getText()).contains("No story matches");
        noScriptErrors();
    }

    @Test
    void theStoryListFiltersByLanguageByName() throws Exception {
        open("");
        int all = stories().size();
        filterBy("language", "English");
        wait.until(ExpectedConditions.urlContains("language=English"));
        wait.until(d -> d.findElements(By.cssSelector("#stories .story-item")).size() == all);
        filterBy("language", "French");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-empty")));
        noScriptErrors();
    }

    /** Types the value into the list's filter field (replacing what it held) and submits the filters. */
    private static void filterBy(String field, String value) {
        WebElement input = browser.findElement(By.id("filter-" + field));
        input.clear();
        input.sendKeys(value);
        browser.findElement(By.cssSelector("#filters button")).click();
    }

    @Test
    void storyPageCitationOpensTheCitedSentenceHighlighted() throws Exception {
        open("");
        WebElement bridge = stories().stream().filter(e -> e.getText().contains("Kessler")).findFirst().orElseThrow();
        bridge.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .cite")));
        assertThat(browser.findElement(By.id("claims")).getText()).contains("3 articles / 1 independent origin");
        assertThat(browser.findElements(By.cssSelector("#variants .variant")).size()).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("#timeline-chart circle"))).isNotEmpty();
        // 1921 stands apart behind a break, and March 2024's days stay apart: not one dot for all of them
        assertThat(browser.findElements(By.cssSelector("#timeline-chart text.break"))).hasSize(1);
        java.util.Set<String> marchPositions = new java.util.HashSet<>();
        for (WebElement dot : browser.findElements(By.cssSelector("#timeline-chart circle"))) {
            String title = dot.findElement(By.tagName("title")).getAttribute("textContent");
            if (title.startsWith("2024-03-")) marchPositions.add(String.valueOf(Math.round(Double.parseDouble(dot.getAttribute("cx")) / 10)));
        }
        assertThat(marchPositions).hasSizeGreaterThanOrEqualTo(3);
        // no two date labels overlap
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#timeline-chart text.date-label')].map(t => { const b = t.getBBox(); "
                        + "return [b.x, b.y, b.x + b.width, b.y + b.height]; });");
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Number> a = boxes.get(i);
                List<Number> b = boxes.get(j);
                boolean apart = a.get(2).doubleValue() <= b.get(0).doubleValue() || b.get(2).doubleValue() <= a.get(0).doubleValue()
                        || a.get(3).doubleValue() <= b.get(1).doubleValue() || b.get(3).doubleValue() <= a.get(1).doubleValue();
                assertThat(apart).as("labels %s and %s overlap", a, b).isTrue();
            }
        }
        assertThat(browser.findElements(By.cssSelector("#coverage-chart circle"))).hasSize(3);
        assertThat(browser.findElement(By.id("first-outlet")).getText()).startsWith("First: ");
        // why each article is here: the first began the story, the others joined it with their signals
        assertThat(browser.findElements(By.cssSelector("#members .why")).stream().map(WebElement::getText).toList())
                .hasSize(3).first().asString().startsWith("Why here: began the story");
        assertThat(browser.findElement(By.id("members")).getText()).containsPattern("Why here: joined at \\d\\.\\d\\d \\(text \\d");

        // one number per article on the page, as `storyline show` numbers its sources: the same article, the same number
        java.util.Map<String, String> numberOf = new java.util.HashMap<>();
        for (WebElement c : browser.findElements(By.cssSelector("#summary .cite"))) {
            String before = numberOf.putIfAbsent(c.getAttribute("data-article"), c.getText());
            if (before != null) assertThat(c.getText()).isEqualTo(before);
        }
        assertThat(new java.util.HashSet<>(numberOf.values())).hasSameSizeAs(numberOf.keySet());
        assertThat(browser.findElement(By.id("members")).getText()).contains("[1] ");

        // before a citation is opened the story has the page's width; the source column comes with the click
        assertThat(browser.findElement(By.id("source")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".story-body")).getSize().getWidth())
                .isGreaterThan(browser.findElement(By.tagName("main")).getSize().getWidth() * 8 / 10);
        WebElement cite = browser.findElement(By.cssSelector("#summary .cite"));
        String articleId = cite.getAttribute("data-article");
        int start = Integer.parseInt(cite.getAttribute("data-start"));
        int end = Integer.parseInt(cite.getAttribute("data-end"));
        cite.click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source mark.cited")));
        assertThat(browser.findElement(By.id("source")).isDisplayed()).isTrue();
        String text = server.service.store().article(articleId).orElseThrow().text();
        assertThat(mark.getText().strip()).isNotEmpty().isEqualTo(text.substring(start, end).strip());
        assertThat(mark.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        screenshot("story-cited");

        // catch up: what the story says about a topic, with citations numbered as on the page
        browser.findElement(By.id("catchup-query")).sendKeys("the inspection");
        browser.findElement(By.cssSelector("#catchup button")).click();
        WebElement caught = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#catchup-summary .cite")));
        assertThat(browser.findElement(By.id("catchup-result")).getText()).contains("The story on “the inspection”");
        assertThat(numberOf.get(caught.getAttribute("data-article"))).isIn(caught.getText(), null);
        screenshot("story-catchup");
        fullPage("story", 1400);
        fullPage("story-phone", 390);
        noScriptErrors();
    }

    @Test
    void articleViewTogglesRemovedBoilerplate() throws Exception {
        String id = server.service.store().articles().stream().filter(a -> !a.removed().isEmpty())
                .findFirst().orElseThrow().id();
        open("#/article/" + id);
        WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(By.id("toggle-removed")));
        WebElement removed = browser.findElement(By.id("removed"));
        assertThat(removed.isDisplayed()).isFalse();
        toggle.click();
        assertThat(removed.isDisplayed()).isTrue();
        assertThat(removed.findElements(By.tagName("li"))).isNotEmpty();
        assertThat(toggle.getText()).startsWith("Hide");
        screenshot("article-removed");
        toggle.click();
        assertThat(removed.isDisplayed()).isFalse();
    }

    @Test
    void searchBoxFindsArticles() throws Exception {
        open("");
        stories();
        WebElement box = browser.findElement(By.id("search"));
        box.sendKeys("evacuated", Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#article-results li"), 0));
        assertThat(browser.findElement(By.id("article-results")).getText()).containsIgnoringCase("evacuat");
        assertThat(browser.findElements(By.cssSelector("#article-results mark.hit"))).extracting(WebElement::getText)
                .contains("evacuated");
        screenshot("search");
    }

    @Test
    void scriptInAnArticleIsShownAsText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = json.createObjectNode();
        a.put("id", "xss-1");
        a.put("title", "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> Council vote on ferry");
        a.put("outlet", "<b>Bold Outlet</b>");
        a.put("published", "2024-06-01");
        a.put("text", "The council of Saltmere voted on Monday to keep the ferry running. <script>window.pwned=3</script> "
                + "The vote passed nine to four, the clerk said. <img src=x onerror=\"window.pwned=4\"> Ferry fares stay the same.");
        assertThat(server.post("/api/articles", "application/json", a.toString()).statusCode()).isEqualTo(201);
        open("#/article/xss-1");
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
        assertThat(title.getText()).contains("<script>window.pwned=1</script>");
        assertThat(browser.findElement(By.cssSelector(".article-text")).getText()).contains("<script>window.pwned=3</script>");
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        open("#/story/" + server.service.store().story(
                server.service.store().stories().stream().filter(s -> s.articleIds().contains("xss-1")).findFirst().orElseThrow().id())
                .orElseThrow().id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        screenshot("script-as-text");
    }

    @Test
    void withATokenThePageAsksForItThenReads() throws Exception {
        try (TestServer guarded = TestServer.empty(ServerOptions.local(0).withToken("let-me-read"))) {
            guarded.post("/api/articles", "application/json", PostArticlesTest.article("tok-1", "Quillby", 11).toString());
            browser.get("http://127.0.0.1:" + guarded.server.port() + "/");
            WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
            input.sendKeys("not-the-token", Keys.ENTER);
            // a wrong token is told, and the form asks again
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-refused"))).getText())
                    .contains("refused");
            input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
            input.sendKeys("let-me-read", Keys.ENTER);
            List<WebElement> items = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stories .story-item"), 1));
            assertThat(items.get(0).getText()).contains("Quillby");
            ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
            // the 401s before the token was given are this test's own: read them off so no later test takes them for its errors
            browser.manage().logs().get(LogType.BROWSER);
        }
    }

    /**
     * Deque's axe-core, the engine behind Lighthouse's accessibility audit, run in the page against WCAG 2 A and AA:
     * the story list, a story page (claims, conflicts, timeline, coverage) and an article page have no serious or
     * critical violation (names, labels, landmarks, contrast, focusable controls).
     */
    @Test
    void pagesPassTheAxeAccessibilityChecks() throws Exception {
        String axe;
        try (java.io.InputStream in = UiTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        open("");
        stories();
        List<String> found = new java.util.ArrayList<>(axeViolations(axe, "story list"));
        stories().stream().filter(e -> e.getText().contains("Kessler")).findFirst().orElseThrow().findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .cite")));
        found.addAll(axeViolations(axe, "story page"));
        browser.findElement(By.cssSelector("#summary .cite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source mark.cited")));
        found.addAll(axeViolations(axe, "story page with a cited source open"));
        open("#/article/" + browser.findElement(By.cssSelector("#summary .cite")).getAttribute("data-article"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".article-text")));
        found.addAll(axeViolations(axe, "article page"));
        fullPage("article", 1400);
        fullPage("article-phone", 390);
        assertThat(found).isEmpty();
    }

    /** The serious and critical WCAG 2 A/AA violations axe finds on the page shown, as "page: rule (n nodes): help". */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(String axe, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.nodes.length + ' nodes: ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')"
                + " + '): ' + v.help)))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> out = new java.util.ArrayList<>();
        for (Object v : (List<Object>) result) out.add(page + ": " + v);
        return out;
    }

    /**
     * A later development of the bridge story (the inquiry's finding, six weeks on) is a story of its own in the
     * bridge's storyline: the list says so and lists the two together, and the later story's page names the earlier.
     */
    @Test
    void aLaterDevelopmentIsAStoryOfTheSameStorylineListedWithIt() throws Exception {
        try (TestServer withFollowUp = TestServer.withSamples()) {
            com.fasterxml.jackson.databind.node.ObjectNode later = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            later.put("id", "bridge-inquiry");
            later.put("title", "Kessler Bridge inquiry finds corroded cables were missed");
            later.put("outlet", "Coastline Times");
            later.put("published", "2024-04-22");
            later.put("text", "The independent inquiry into the collapse of the Kessler Bridge in Port Alden found that "
                    + "city engineers had missed corrosion in two of its support cables, Mayor Teodor Raines said on Monday. "
                    + "The span fell into the harbor during the evening rush in March, injuring 14 people. The inquiry said "
                    + "the Kessler Bridge should have been closed after the March inspection of its cables. The city will "
                    + "rebuild the span, Raines said, and inspect every bridge in Port Alden this year.");
            assertThat(withFollowUp.post("/api/articles", "application/json", later.toString()).statusCode()).isEqualTo(201);
            browser.get("http://127.0.0.1:" + withFollowUp.server.port() + "/");
            WebElement line = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#stories .storyline-link a")));
            assertThat(line.getText()).isEqualTo("Its storyline: 2 stories");
            line.click();
            wait.until(ExpectedConditions.urlContains("storyline="));
            wait.until(d -> d.findElements(By.cssSelector("#stories .story-item")).size() == 2);
            assertThat(browser.findElement(By.id("stories")).getText()).contains("Kessler Bridge inquiry").contains("Harbor bridge");
            fullPage("storyline-list", 1400);
            browser.findElements(By.cssSelector("#stories .story-item h3 a")).stream()
                    .filter(a -> a.getText().contains("inquiry")).findFirst().orElseThrow().click();
            WebElement nav = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("storyline")));
            assertThat(nav.getText()).contains("Harbor bridge section collapses");
            fullPage("story-in-storyline", 1400);
            fullPage("story-in-storyline-phone", 390);
            noScriptErrors();
        }
    }
}
