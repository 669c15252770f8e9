package dev.storyline.eval.clustering;

import dev.storyline.eval.JsonLines;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The labelled newswire stream of the clustering data folder, in its (publication) order. */
public final class DucStream {
    public static final String FILE = "clustering/duc2006-stream.jsonl";

    public record Item(String id, LocalDate date, String source, String title, String text, String story) {}

    private DucStream() {}

    public static List<Item> load(Path dataDir) throws IOException {
        return JsonLines.read(dataDir.resolve(FILE), "clustering stream", n -> new Item(n.path("id").asText(),
                parseDate(n.path("date").asText()), n.path("source").asText(null), n.path("title").asText(""),
                n.path("text").asText(""), n.path("story").asText()));
    }

    /**
     * The stream mixes "1996-01-12 21:17", "11/22/1998 09:03:00" and, in some records, year-day-month
     * ("1998-17-06 15:43:00"); a middle field above 12 can only be the day.
     */
    public static LocalDate parseDate(String s) {
        int year;
        int a;
        int b;
        if (s.length() >= 10 && s.charAt(2) == '/') {
            year = Integer.parseInt(s.substring(6, 10));
            a = Integer.parseInt(s.substring(0, 2));
            b = Integer.parseInt(s.substring(3, 5));
        } else {
            year = Integer.parseInt(s.substring(0, 4));
            a = Integer.parseInt(s.substring(5, 7));
            b = Integer.parseInt(s.substring(8, 10));
        }
        return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    }
}
