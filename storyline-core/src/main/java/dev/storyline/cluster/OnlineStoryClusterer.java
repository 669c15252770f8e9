package dev.storyline.cluster;

import dev.storyline.text.Words;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Assignment;
import dev.storyline.domain.AssignmentSignals;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;
import dev.storyline.text.Glossary;
import dev.storyline.text.Languages;
import dev.storyline.text.SentenceEmbedder;
import dev.storyline.text.SparseVectors;
import dev.storyline.text.Terms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-pass story assignment. Candidates come from an inverted index of the stories' strongest terms
 * ({@link TermIndex}) and from the stories of articles this one copies, never from a scan of all stories; each
 * candidate is scored by the {@link Scorer}; converging stories are folded together by the {@link Merger}.
 * This class orchestrates them and owns the decisions: join, start a story (linked to a storyline or not),
 * adopt orphans, retire idle stories.
 * An article that started its own storyline and drew no other article within {@code adoptDays} is an outlier
 * piece of a topic rather than a new topic: it is re-linked to the storyline it was closest to on arrival.
 */
final class OnlineStoryClusterer implements StoryClusterer {
    static final int ARTICLE_TERMS = 60;
    static final int ARTICLE_ENTITIES = 20;
    private static final String ENGLISH = "en";

    private final ClusterSettings settings;
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final Map<String, StorylineState> storylines = new HashMap<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final TermIndex index = new TermIndex();
    private final TfIdfWeighting termWeights = new TfIdfWeighting();
    private final TfIdfWeighting entityWeights = new TfIdfWeighting();
    private final TfIdfWeighting anchorWeights = new TfIdfWeighting();
    private final Glossary glossary;
    /**
     * The languages each anchor has been seen in: an anchor only one language has used (a German noun, a French
     * "Les") is no evidence across languages. Grows with the vocabulary of names and numbers, as the TF-IDF
     * document frequencies do.
     */
    private final Map<String, Set<String>> anchorLanguages = new HashMap<>();
    /** By story: a story moves at most once (only a lone story of its own storyline is adopted). */
    private final Map<String, Relink> relinks = new LinkedHashMap<>();
    private final Scorer scorer;
    private final Merger merger;
    private long arrivals;
    private long created;
    private LocalDate latest;
    /** New storylines of one article that may be adopted, in arrival order, with what adoption needs. */
    private final ArrayDeque<Orphan> orphans = new ArrayDeque<>();

    /** Holds the article's id, not the article: orphans wait for weeks and the text is not needed to adopt. */
    private record Orphan(StoryState story, String closest, double score, String articleId,
                          Features features, LocalDate date) {}

    OnlineStoryClusterer(ClusterSettings settings) {
        this.settings = settings;
        this.scorer = new Scorer(settings);
        this.glossary = settings.glossWeight() > 0 && settings.dictionaries() != null
                ? Glossary.in(Path.of(settings.dictionaries())) : Glossary.none();
        this.merger = new Merger(settings, scorer, index, stories, storylines, storyOfArticle, relinks);
    }

    @Override
    public float[] embed(AnalyzedArticle article) {
        return settings.embeddings() ? SentenceEmbedder.get().embed(lead(article)) : null;
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses) {
        return assign(article, reuses, embed(article));
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding) {
        return assign(article, reuses, embedding, List.of());
    }

    @Override
    public Assignment assign(AnalyzedArticle article, List<Reuse> reuses, float[] embedding, List<EntityMention> entities) {
        LocalDate date = article.article().published();
        if (date != null && (latest == null || date.isAfter(latest))) latest = date;
        adoptOrphans();
        PublicationDate when = article.article().eventDate();
        String language = article.article().language();
        Map<String, Double> anchors = settings.crossLanguageWeight() > 0
                ? anchorWeights.weigh(Anchors.of(article, word -> inDictionary(word, language)), Anchors.ARTICLE_ANCHORS) : Map.of();
        Map<String, Double> tf = termFrequencies(article, reuses);
        Map<String, Double> terms = termWeights.weigh(tf, ARTICLE_TERMS);
        Features features = new Features(terms, entityVector(entities), embedding,
                when != null && when.confidence() >= settings.dateConfidence() ? when : null,
                language, anchors, seenInAnotherLanguage(anchors, language), english(tf, terms, language));

        // the best live story (within the time window) to join; failing that, the best storyline of any age.
        // Words come first: a story the article joins by its words beats one it would join only by the names and
        // numbers it shares across languages (those are alike for a confusable event too: Trump and Kim in
        // Singapore and in Hanoi), which decide only when no story is close enough in words.
        StoryState best = null;
        Scorer.Signals bestSignals = null;
        double bestScore = -1;
        boolean bestByWords = false;
        Map<String, StorylineState> candidateLines = new TreeMap<>();
        List<StoryState> mergeable = new ArrayList<>();
        Copies copies = new Copies(article, reuses, storyOfArticle);
        Map<StoryState, Scorer.Signals> scored = new LinkedHashMap<>();
        for (StoryState candidate : candidates(features, reuses, copies)) {
            candidateLines.put(candidate.storyline, storylines.get(candidate.storyline));
            scored.put(candidate, scorer.story(candidate, features, copies));
        }
        boolean crossDecides = crossLanguageLeads(scored);
        for (Map.Entry<StoryState, Scorer.Signals> e : scored.entrySet()) {
            StoryState candidate = e.getKey();
            Scorer.Signals signals = crossDecides ? e.getValue() : e.getValue().byWords();
            // the rounded score decides, as it is shown
            double s = signals.score();
            // a story it nearly joins is checked for a merge with the one it joins (the Merger decides on their own likeness)
            if (signals.live() && s >= settings.threshold() - settings.mergeMargin()) mergeable.add(candidate);
            boolean byWords = signals.words() >= settings.threshold();
            if (signals.live() && (byWords && !bestByWords || byWords == bestByWords && s > bestScore)) {
                bestScore = s;
                best = candidate;
                bestSignals = signals;
                bestByWords = byWords;
            }
        }
        StorylineState related = null;
        double relatedScore = -1;
        if (best == null || bestScore < settings.threshold()) {
            for (StorylineState line : candidateLines.values()) {
                double s = scorer.storyline(line, features).score();
                if (s > relatedScore) {
                    relatedScore = s;
                    related = line;
                }
            }
        }
        Assignment assignment;
        StoryState story;
        if (best != null && bestScore >= settings.threshold()) {
            story = best;
            assignment = new Assignment(article.id(), story.id, false, Scorer.round(bestScore), joinedSignals(bestSignals));
        } else {
            String id = storyId(article.id());
            String storyline = related != null && relatedScore >= settings.storylineThreshold() ? related.id : id;
            story = new StoryState(id, storyline, created++);
            stories.put(id, story);
            storylines.computeIfAbsent(storyline, StorylineState::new).liveStories++;
            AssignmentSignals signals = AssignmentSignals.newStory(best != null ? Scorer.round(bestScore) : null,
                    storyline.equals(id) ? null : Scorer.round(relatedScore));
            assignment = new Assignment(article.id(), id, true, 0, signals);
            if (storyline.equals(id) && related != null && date != null && relatedScore >= settings.adoptThreshold()) {
                orphans.addLast(new Orphan(story, related.id, relatedScore, article.id(), features, date));
            }
        }
        arrivals++;
        join(story, article.id(), features, date);
        if (Languages.known(language)) {
            for (String a : anchors.keySet()) anchorLanguages.computeIfAbsent(a, k -> new TreeSet<>()).add(language);
        }
        if (!assignment.newStory()) {
            StoryState merged = merger.mergeConverging(story, mergeable, scored.keySet(), article.id(), latest);
            // the story it joined may have just been folded into an older one: name the story it is in
            if (merged != story) {
                assignment = new Assignment(article.id(), merged.id, false, assignment.score(), assignment.signals());
            }
        }
        return assignment;
    }

    /**
     * Whether the article's cross-language scores point at one story: its best leads every rival by
     * {@code crossLanguageLead} times. Names, numbers and glossed words are alike for the two events of a confusable
     * pair (two earthquakes, two summits of the same leaders), and a dictionary's senses blur what words still tell
     * apart, so a report in another language joins by them only the story they single out. A runner-up at least
     * {@code crossLanguageRivalSimilarity} like the best story is no rival but the same event's other start (its
     * first reports did not match each other closely enough), which the article's choice does not need to beat.
     */
    private boolean crossLanguageLeads(Map<StoryState, Scorer.Signals> scored) {
        StoryState best = null;
        double bestCross = 0;
        for (Map.Entry<StoryState, Scorer.Signals> e : scored.entrySet()) {
            Scorer.Signals s = e.getValue();
            if (s.live() && !Double.isNaN(s.crossLanguage()) && s.crossLanguage() > bestCross) {
                bestCross = s.crossLanguage();
                best = e.getKey();
            }
        }
        if (best == null) return true;
        double rival = 0;
        for (Map.Entry<StoryState, Scorer.Signals> e : scored.entrySet()) {
            Scorer.Signals s = e.getValue();
            if (e.getKey() == best || !s.live() || Double.isNaN(s.crossLanguage()) || s.crossLanguage() <= rival) continue;
            if (scorer.similarity(best, e.getKey(), Scorer.StoryComparison.RIVAL) < settings.crossLanguageRivalSimilarity()) rival = s.crossLanguage();
        }
        return bestCross >= settings.crossLanguageLead() * rival;
    }

    private static AssignmentSignals joinedSignals(Scorer.Signals s) {
        return AssignmentSignals.joined(s.score(), s.text(), Double.isNaN(s.embedding()) ? null : s.embedding(),
                Double.isNaN(s.entities()) ? null : s.entities(), Double.isNaN(s.crossLanguage()) ? null : s.crossLanguage(),
                s.reuse(), s.time());
    }

    /**
     * Re-links each lone storyline whose adoption time has come: still one story of one article, its closest
     * storyline still in memory. A new topic draws followers within weeks; an article that drew none was an
     * outlier of a topic (a feature, a digest) that the strict link threshold left alone. Orphans are taken in
     * arrival order against the latest date, so the result depends only on the input order.
     */
    private void adoptOrphans() {
        while (!orphans.isEmpty() && latest != null
                && ChronoUnit.DAYS.between(orphans.peekFirst().date(), latest) >= settings.adoptDays()) {
            Orphan o = orphans.removeFirst();
            StorylineState own = storylines.get(o.story().storyline);
            StorylineState target = storylines.get(o.closest());
            if (stories.get(o.story().id) != o.story() || own == null || own.profile.members.size() != 1
                    || target == null || target == own) {
                continue;
            }
            storylines.remove(own.id);
            o.story().storyline = target.id;
            target.liveStories++;
            target.profile.add(o.articleId(), o.features(), o.date());
            relinks.put(o.story().id, new Relink(o.story().id, own.id, target.id, Scorer.round(o.score()), latest));
        }
    }

    /**
     * Stories posted under the article's strongest terms and under its anchors seen in other languages, and the
     * stories it copies from where the copy counts as evidence (shared template text would otherwise make every
     * earlier story a candidate), by story id.
     */
    private Iterable<StoryState> candidates(Features features, List<Reuse> reuses, Copies copies) {
        Map<String, StoryState> found = new TreeMap<>();
        for (Reuse r : reuses) {
            StoryState s = storyOfArticle.get(r.sourceArticleId());
            if (s != null && !found.containsKey(s.id) && copies.share(s) > 0) found.put(s.id, s);
        }
        index.collect(features.terms(), found);
        index.collect(features.crossAnchors(), found);
        if (features.english() != features.terms()) index.collect(features.english(), found);
        return found.values();
    }

    /** The anchors some article in another language than {@code language} has had, unit length again. */
    private Map<String, Double> seenInAnotherLanguage(Map<String, Double> anchors, String language) {
        if (!Languages.known(language)) return Map.of();
        Map<String, Double> out = new HashMap<>();
        anchors.forEach((a, w) -> {
            Set<String> seen = anchorLanguages.get(a);
            if (seen != null && (seen.size() > 1 || !seen.contains(language))) out.put(a, w);
        });
        return SparseVectors.unit(out);
    }

    private void join(StoryState story, String articleId, Features features, LocalDate date) {
        storyOfArticle.put(articleId, story);
        story.profile.add(articleId, features, date);
        story.arrivals.add(arrivals);
        index.post(story, features.terms());
        index.post(story, features.anchors());
        if (features.english() != features.terms()) index.post(story, features.english());
        storylines.get(story.storyline).profile.add(articleId, features, date);
    }

    /** TF-IDF of title (counted twice: it names the event) and body terms, unit length, strongest terms only. */
    /**
     * The article's words: its title (counted twice, it names the event) and its sentences, except copied ones
     * that are about no event (boilerplate, template text found in several stories; see {@link Copies}): those
     * would let shared template text ("This report was produced automatically...") outweigh what each article is
     * about. An article that is nothing else keeps all its words.
     */
    private Map<String, Double> termFrequencies(AnalyzedArticle article, List<Reuse> reuses) {
        Set<Integer> copied = Copies.aboutNoEvent(article, reuses, storyOfArticle);
        boolean ownPart = article.sentences().stream().anyMatch(s -> !copied.contains(s.index()) && !s.terms().isEmpty());
        Map<String, Double> tf = new HashMap<>();
        for (String t : article.titleTerms()) tf.merge(t, 2.0, Double::sum);
        for (Sentence s : article.sentences()) {
            if (ownPart && copied.contains(s.index())) continue;
            for (String t : s.terms()) tf.merge(t, 1.0, Double::sum);
        }
        return tf;
    }

    /**
     * The article's words in English: an English article's own weighted terms; another language's terms glossed by
     * the dictionary (a word of several senses spreads its count over them, so that one of three senses or more,
     * written once, weighs nothing: {@link TfIdfWeighting#weighAsSeen}), its words without a gloss kept as
     * they are (names: "erdogan", "beyrouth"), weighed by the English documents' frequencies without counting the
     * article again. Empty for a language without a dictionary, or when glosses are off.
     */
    private Map<String, Double> english(Map<String, Double> tf, Map<String, Double> terms, String language) {
        if (settings.glossWeight() == 0) return Map.of();
        if (ENGLISH.equals(language)) return terms;
        if (!glossary.covers(language)) return Map.of();
        Map<String, Double> glossed = new HashMap<>();
        tf.forEach((t, f) -> {
            List<String> english = glossary.gloss(t, language);
            if (english.isEmpty()) glossed.merge(t, f, Double::sum);
            for (String e : english) glossed.merge(e, f / english.size(), Double::sum);
        });
        return termWeights.weighAsSeen(glossed, ARTICLE_TERMS);
    }

    /**
     * Whether the dictionary of the article's language glosses this word: a word, then, not a name it spells (an
     * Arabic page's "قتلوا", killed, against its "أولاند", Hollande). False for a language without a dictionary.
     */
    private boolean inDictionary(String word, String language) {
        if (!glossary.covers(language)) return false;
        List<String> terms = Terms.of(word, language);
        return terms.isEmpty() || !glossary.gloss(terms.get(0), language).isEmpty();
    }

    /**
     * The article's named entities (people, organisations, places, groups) by their canonical name, weighted like
     * terms: a rare name shared with a story says more than a common one ("Grozny" over "United States").
     */
    private Map<String, Double> entityVector(List<EntityMention> entities) {
        if (entities.isEmpty() || settings.entityWeight() + settings.storylineEntityWeight() == 0) return Map.of();
        Map<String, Double> tf = new HashMap<>();
        for (EntityMention e : entities) tf.merge(e.canonical().toLowerCase(Locale.ROOT), 1.0, Double::sum);
        return entityWeights.weigh(tf, ARTICLE_ENTITIES);
    }

    /**
     * The title and the first {@code leadWords} words of the text, cut within a sentence if need be: what the
     * article is about, for MiniLM, whose cost grows with the words it reads.
     */
    private String lead(AnalyzedArticle a) {
        StringBuilder b = new StringBuilder(a.article().title());
        int left = settings.leadWords();
        for (Sentence s : a.sentences()) {
            if (left <= 0) break;
            String[] words = Words.pieces(s.text().strip());
            int take = Math.min(left, words.length);
            b.append(' ').append(String.join(" ", java.util.Arrays.asList(words).subList(0, take)));
            left -= words.length;
        }
        return b.toString();
    }

    static String storyId(String firstArticleId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Retired> retire(int idleDays) {
        List<Retired> out = new ArrayList<>();
        if (latest == null) return out;
        LocalDate cutoff = latest.minusDays(idleDays);
        for (Iterator<StoryState> it = stories.values().iterator(); it.hasNext(); ) {
            StoryState story = it.next();
            LocalDate last = story.profile.lastDate();
            if (last == null || !last.isBefore(cutoff)) continue;
            it.remove();
            out.add(new Retired(story.id, story.storyline, List.copyOf(story.members())));
            // a retired story was told with its move; kept, the record would grow with the stream
            relinks.remove(story.id);
            merger.forget(story.id);
            for (String m : story.members()) storyOfArticle.remove(m);
            index.remove(story);
            StorylineState line = storylines.get(story.storyline);
            if (line != null && --line.liveStories <= 0) storylines.remove(story.storyline);
        }
        return out;
    }

    @Override
    public List<Relink> relinks() {
        return List.copyOf(relinks.values());
    }

    @Override
    public List<Relink> relinksOf(String storyId) {
        Relink r = relinks.get(storyId);
        return r == null ? List.of() : List.of(r);
    }

    @Override
    public List<Merge> mergesOf(String storyId) {
        return merger.mergesOf(storyId);
    }

    @Override
    public LinkedHashMap<String, List<String>> membership() {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        stories.forEach((k, v) -> copy.put(k, List.copyOf(v.members())));
        return copy;
    }

    @Override
    public List<String> members(String storyId) {
        StoryState s = stories.get(storyId);
        return s == null ? null : List.copyOf(s.members());
    }

    @Override
    public String storylineOf(String storyId) {
        StoryState s = stories.get(storyId);
        return s == null ? storyId : s.storyline;
    }
}
