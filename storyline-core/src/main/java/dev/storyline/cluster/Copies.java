package dev.storyline.cluster;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an arriving article copies from each candidate story that is evidence of the story's event. Copied text
 * is one origin's words, and evidence of one event only when it is about the event. Press-release boilerplate,
 * agency footers and auto-generated local news share sentences word for word across unrelated events ("This
 * report was produced automatically from official data..."). Two tests tell such text apart:
 * <ul>
 *   <li>boilerplate names no one and gives no figure; a wire report's copied sentence does ("Around 7,000
 *       fighters...", "... fire chief Dana Okafor told Meridian Press");</li>
 *   <li>a sentence the article shares with articles of two or more stories is not one event's copy.</li>
 * </ul>
 */
final class Copies {
    /** A sentence shared with articles of this many stories is template text. */
    static final int TEMPLATE_STORIES = 2;
    private static final Pattern FIGURE = Pattern.compile("\\p{Nd}");
    /** A capitalised word after the first: a name (in scripts with capitals; elsewhere the figure test remains). */
    private static final Pattern NAME_AFTER_FIRST_WORD = Pattern.compile("\\s[\"“‘'(]?\\p{Lu}\\p{Ll}");

    private final AnalyzedArticle article;
    /** Per sentence of the article, the stories of the earlier articles it is found in. */
    private final Map<Integer, Set<StoryState>> sources = new HashMap<>();
    private final Map<StoryState, Double> shares = new IdentityHashMap<>();
    private int totalChars;

    Copies(AnalyzedArticle article, List<Reuse> reuses, Map<String, StoryState> storyOfArticle) {
        this.article = article;
        for (Reuse r : reuses) {
            StoryState story = storyOfArticle.get(r.sourceArticleId());
            if (story == null) continue;
            for (Reuse.SentencePair p : r.passages()) sources.computeIfAbsent(p.sentence(), k -> new HashSet<>()).add(story);
        }
        for (Sentence s : article.sentences()) totalChars += s.text().length();
    }

    private Copies(Map<StoryState, Double> judged) {
        this.article = null;
        shares.putAll(judged);
    }

    /** Copies with these shares already judged, and none from any other story (tests of the other signals). */
    static Copies judged(Map<StoryState, Double> shares) {
        return new Copies(shares);
    }

    /** Boilerplate: a sentence that names no one and gives no figure. */
    static boolean isBoilerplate(String sentence) {
        return !FIGURE.matcher(sentence).find() && !NAME_AFTER_FIRST_WORD.matcher(sentence).find();
    }

    /** Sentences copied from an earlier article that are boilerplate or template: about no event. */
    static Set<Integer> aboutNoEvent(AnalyzedArticle article, List<Reuse> reuses, Map<String, StoryState> storyOfArticle) {
        Copies c = new Copies(article, reuses, storyOfArticle);
        Set<Integer> copied = new HashSet<>();
        for (Reuse r : reuses) for (Reuse.SentencePair p : r.passages()) copied.add(p.sentence());
        Set<Integer> out = new HashSet<>();
        for (Sentence s : article.sentences()) {
            if (!copied.contains(s.index())) continue;
            Set<StoryState> from = c.sources.getOrDefault(s.index(), Set.of());
            if (isBoilerplate(s.text()) || from.size() >= TEMPLATE_STORIES) out.add(s.index());
        }
        return out;
    }

    /** The share of the article copied from the story's articles that is evidence of the story's event. */
    double share(StoryState story) {
        if (article == null) return shares.getOrDefault(story, 0.0);
        return shares.computeIfAbsent(story, this::evidence);
    }

    private double evidence(StoryState story) {
        int copiedChars = 0;
        for (Sentence s : article.sentences()) {
            Set<StoryState> from = sources.get(s.index());
            if (from == null || !from.contains(story) || from.size() >= TEMPLATE_STORIES || isBoilerplate(s.text())) continue;
            copiedChars += s.text().length();
        }
        return Math.min(1.0, copiedChars / (double) Math.max(1, totalChars));
    }
}
