package dev.storyline.ingest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTxtTest {
    @Test
    void ourGroupWinsOverTheStarGroupAndTheLongestRuleDecides() {
        RobotsTxt robots = RobotsTxt.parse("""
                # comments and blank lines are fine

                User-agent: *
                Disallow: /

                User-agent: Storyline
                Disallow: /archive/
                Allow: /archive/2026/
                Disallow: /*.pdf$
                Disallow: /search?
                """, "storyline");
        assertThat(robots.allows("/news/today")).isTrue();
        assertThat(robots.allows("/archive/1999/x")).isFalse();
        assertThat(robots.allows("/archive/2026/x")).isTrue();
        assertThat(robots.allows("/files/report.pdf")).isFalse();
        assertThat(robots.allows("/files/report.pdf.html")).isTrue();
        assertThat(robots.allows("/search?q=tram")).isFalse();
    }

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUsAndAnEmptyDisallowAllowsAll() {
        RobotsTxt star = RobotsTxt.parse("User-agent: somebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private\n", "storyline");
        assertThat(star.allows("/private/a")).isFalse();
        assertThat(star.allows("/public")).isTrue();
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "storyline").allows("/anything")).isTrue();
        assertThat(RobotsTxt.parse("", "storyline").allows("/")).isTrue();
        assertThat(RobotsTxt.parse("User-agent: *\nAllow: /page\nDisallow: /page\n", "storyline").allows("/page")).isTrue();
    }

    @Test
    void crawlDelayOfTheChosenGroupIsReadAndCapped() {
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: 1.5\nDisallow: /x\n", "storyline").crawlDelay())
                .isEqualTo(java.time.Duration.ofMillis(1500));
        assertThat(RobotsTxt.parse("User-agent: storyline\nCrawl-delay: 86400\n\nUser-agent: *\nCrawl-delay: 1\n", "storyline")
                .crawlDelay()).isEqualTo(RobotsTxt.MAX_CRAWL_DELAY);
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: soon\n", "storyline").crawlDelay()).isZero();
    }

    @Test
    void aRulesStarsAndFinalDollarMatchFromThePathsStart() {
        assertThat(RobotsTxt.matches("/archive/", "/archive/1999")).isTrue();
        assertThat(RobotsTxt.matches("/archive/", "/news/archive/")).isFalse();
        assertThat(RobotsTxt.matches("/*.pdf$", "/files/report.pdf")).isTrue();
        assertThat(RobotsTxt.matches("/*.pdf$", "/files/report.pdf.html")).isFalse();
        assertThat(RobotsTxt.matches("/*.pdf", "/files/report.pdf.html")).isTrue();
        assertThat(RobotsTxt.matches("/a*b*c", "/axxbyyc/rest")).isTrue();
        assertThat(RobotsTxt.matches("/a*b*c", "/axxcyyb")).isFalse();
        assertThat(RobotsTxt.matches("/$", "/")).isTrue();
        assertThat(RobotsTxt.matches("/$", "/x")).isFalse();
        assertThat(RobotsTxt.matches("/page$x", "/page$x")).isTrue(); // a $ inside is a character
    }

    @Test
    void aFileOfManyStarsIsMatchedWithoutBacktrackingForEver() {
        // as a regular expression this took tens of seconds for one path (the fuzzer's slow units, kept beside it)
        String rule = "/" + "*a".repeat(400) + "*b";
        String path = "/" + "a".repeat(2000);
        assertThat(RobotsTxt.matches(rule, path)).isFalse();
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow: " + rule + "\n", "storyline").allows(path)).isTrue();
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow: " + rule + "\n", "storyline").allows(path + "b")).isFalse();
    }
}
