package dev.storyline.ingest.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's robots.txt is untrusted text fetched from the web: whatever it holds, it parses, answers every path,
 * and asks for no longer a delay than the cap. Replayed in every test run; fuzzed with {@code ./fuzz}.
 */
class RobotsTxtFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void robotsTxt(FuzzedDataProvider data) {
        String path = "/" + data.consumeString(60);
        RobotsTxt robots = RobotsTxt.parse(data.consumeRemainingAsString(), "Storyline");
        robots.allows(path);
        robots.allows("/");
        assertThat(robots.crawlDelay()).isBetween(Duration.ZERO, RobotsTxt.MAX_CRAWL_DELAY);
    }
}
