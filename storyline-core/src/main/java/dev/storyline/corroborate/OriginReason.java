package dev.storyline.corroborate;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Why an article's mention of a claim belongs to its origin: how the reader would say it. */
enum OriginReason {
    NAMED("attributed to it"),
    UNNAMED("the same unnamed source"),
    DESCRIBED_ALIKE("the same source in other words"),
    COPIED("copied text"),
    REPEATED("repeated without attribution"),
    OWN("own reporting");

    private final String words;

    OriginReason(String words) {
        this.words = words;
    }

    /**
     * "one origin: attributed to it in 2 articles, copied text in 1": each reason with the number of distinct articles it
     * holds for, in this enum's order.
     */
    static <M> String explain(List<M> mentions, List<String> keys, List<OriginReason> reasons, String key, Function<M, String> article) {
        Map<OriginReason, Set<String>> articles = new EnumMap<>(OriginReason.class);
        for (int i = 0; i < mentions.size(); i++) {
            if (!keys.get(i).equals(key)) continue;
            articles.computeIfAbsent(reasons.get(i), r -> new LinkedHashSet<>()).add(article.apply(mentions.get(i)));
        }
        StringBuilder b = new StringBuilder("one origin: ");
        articles.forEach((reason, ids) -> {
            if (b.length() > "one origin: ".length()) b.append(", ");
            b.append(reason.words).append(" in ").append(ids.size()).append(ids.size() == 1 ? " article" : " articles");
        });
        return b.toString();
    }
}
