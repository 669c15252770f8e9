package dev.storyline.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.eval.JsonLines;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The event-labelled real pages of {@code news-events/}: what a scraper hands over ({@code id, url, outlet,
 * text}) and, apart, the gold the eval alone reads (event, its day, the page's language).
 */
public final class NewsEventPages {
    public static final String DEV = "news-events/dev.jsonl";
    public static final String DEV_LANGUAGES = "news-events/dev-languages.jsonl";

    /** The confusable pairs the data set's README names: two different events each, on purpose. */
    public static final List<List<String>> CONFUSABLE_PAIRS = List.of(List.of("e01", "e02"), List.of("e05", "e06"),
            List.of("e07", "e08"), List.of("e11", "e12"), List.of("e15", "e16"), List.of("e19", "e20"), List.of("e22", "e24"));

    public record Page(String id, String url, String outlet, String text, String lang, String event, LocalDate eventDate) {
        public boolean english() {
            return "en".equals(lang);
        }
    }

    private NewsEventPages() {}

    public static List<Page> load(Path dataDir, String file) throws IOException {
        return JsonLines.read(dataDir.resolve(file), "news-events pages", n -> {
            JsonNode gold = n.path("gold");
            return new Page(n.path("id").asText(), n.path("url").asText(null), n.path("outlet").asText(null),
                    n.path("text").asText(""), n.path("lang").asText("").toLowerCase(Locale.ROOT),
                    gold.path("event").asText(), LocalDate.parse(gold.path("date").asText()));
        });
    }
}
