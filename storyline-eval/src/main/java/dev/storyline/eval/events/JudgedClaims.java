package dev.storyline.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.eval.JsonLines;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The judged claims of {@code news-events/claims-dev.jsonl}: per event, its figures and quotes with every mention. */
public final class JudgedClaims {
    public static final String DEV = "news-events/claims-dev.jsonl";

    public record Mention(String pageId, String quote, String attributedTo, String origin) {}

    /** One judged origin: its name, the pages it is the origin for, and whether it counts as independent. */
    public record JudgedOrigin(String name, List<String> pageIds, boolean counted) {}

    /** A judged figure or quote; {@code value} is the figure's number, null for a quotation. */
    public record Claim(String id, String kind, String text, Double value, int independentOrigins, List<Mention> mentions,
                        List<JudgedOrigin> origins) {
        /**
         * The judge's count over the given pages only: the claims were judged over both files, and an origin only
         * an unfed page carries (an Austrian agency in a German page) is not one Storyline could count. What is only
         * repeated without attribution is one origin when nothing else carries the claim.
         */
        public int independentOriginsAmong(java.util.Set<String> pages) {
            if (origins.isEmpty()) return independentOrigins;
            long counted = origins.stream().filter(o -> o.counted() && o.pageIds().stream().anyMatch(pages::contains)).count();
            boolean uncounted = origins.stream().anyMatch(o -> !o.counted() && o.pageIds().stream().anyMatch(pages::contains));
            return counted > 0 ? (int) counted : uncounted ? 1 : 0;
        }
    }

    /** Two claims: a conflict (same quantity, same thing, same time, reported differently) or a look-alike. */
    public record Pair(String a, String b) {}

    public record Event(String event, String mainEvent, List<String> mainEventIds, List<Claim> claims,
                        List<Pair> conflicts, List<Pair> notConflicts) {}

    private JudgedClaims() {}

    public static List<Event> load(Path dataDir) throws IOException {
        return JsonLines.read(dataDir.resolve(DEV), "judged claims", n -> {
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : n.path("claims")) {
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode m : c.path("mentions")) {
                    mentions.add(new Mention(m.path("id").asText(), m.path("quote").asText(""),
                            m.path("attributed_to").isNull() ? null : m.path("attributed_to").asText(null),
                            m.path("origin").asText(null)));
                }
                List<JudgedOrigin> origins = new ArrayList<>();
                for (JsonNode o : c.path("origins")) {
                    List<String> ids = new ArrayList<>();
                    o.path("ids").forEach(x -> ids.add(x.asText()));
                    origins.add(new JudgedOrigin(o.path("origin").asText(), ids, o.path("counted").asBoolean(true)));
                }
                claims.add(new Claim(c.path("claim_id").asText(), c.path("kind").asText(), c.path("claim").asText(""),
                        c.path("value").isNumber() ? c.path("value").asDouble() : null,
                        c.path("independent_origins").asInt(), mentions, origins));
            }
            List<String> main = new ArrayList<>();
            n.path("main_event_ids").forEach(x -> main.add(x.asText()));
            return new Event(n.path("event").asText(), n.path("main_event").asText(""), main, claims,
                    pairs(n.path("conflicts")), pairs(n.path("not_conflicts")));
        });
    }

    /** Every pair of the listed claims of each entry (an entry may name more than two). */
    private static List<Pair> pairs(JsonNode entries) {
        List<Pair> out = new ArrayList<>();
        for (JsonNode e : entries) {
            List<String> ids = new ArrayList<>();
            e.path("claims").forEach(x -> ids.add(x.asText()));
            for (int i = 0; i < ids.size(); i++) for (int j = i + 1; j < ids.size(); j++) out.add(new Pair(ids.get(i), ids.get(j)));
        }
        return out;
    }
}
