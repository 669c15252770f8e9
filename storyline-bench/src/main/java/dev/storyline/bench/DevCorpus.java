package dev.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev stream (DUC 2006 newswire, in publication order) as raw documents, and its scale-up by replay:
 * round r re-issues every article with a fresh id and its date moved r decades on, so replayed copies
 * arrive as new coverage long after the originals went idle instead of piling onto the same stories.
 */
final class DevCorpus {
    static final String STREAM = "clustering/duc2006-stream.jsonl";
    static final int YEARS_PER_ROUND = 10;

    record Item(String id, LocalDate date, String outlet, String title, String text, String gold) {}

    private DevCorpus() {}

    static List<Item> load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(STREAM);
        if (!Files.isRegularFile(file)) throw new IOException("dev stream not found: " + file.toAbsolutePath());
        ObjectMapper mapper = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = mapper.readTree(line);
                items.add(new Item(n.path("id").asText(), parseDate(n.path("date").asText()),
                        n.path("source").asText(null), n.path("title").asText(""), n.path("text").asText(""),
                        n.path("story").asText(null)));
            }
        }
        return items;
    }

    /**
     * The stream mixes "1996-01-12 21:17", "11/22/1998 09:03:00" and, in some NYT records, year-day-month
     * ("1998-17-06 15:43:00"); a middle field above 12 can only be the day.
     */
    static LocalDate parseDate(String s) {
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

    /** The i-th document of the replayed stream (i may exceed the corpus size). */
    static RawDocument replayed(List<Item> corpus, int i) {
        Item item = corpus.get(i % corpus.size());
        int round = i / corpus.size();
        String id = round == 0 ? item.id() : item.id() + "~" + round;
        LocalDate date = item.date().plusYears((long) round * YEARS_PER_ROUND);
        String content = item.title() + "\n\n" + item.text();
        return new RawDocument("bench:" + id, RawDocument.Format.TEXT, content,
                new DocumentHints(id, null, item.title(), date.toString(), item.outlet()));
    }
}
