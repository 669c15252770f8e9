package dev.storyline.cluster;

import dev.storyline.domain.PublicationDate;
import dev.storyline.text.SentenceEmbedder;
import dev.storyline.text.SparseVectors;


/**
 * The signals of one article against one candidate story or storyline: TF-IDF cosine, MiniLM cosine of the
 * article's lead against the candidate's mean, entity cosine, copied text, and against a story in other
 * languages the cosine of their {@link Anchors}, damped by the gap between the
 * article's event date and the candidate's event days, or by {@code undatedFactor} when either is unknown. Also story-to-story similarity for merges,
 * weighed the same way without time and copies.
 */
final class Scorer {
    /**
     * The signals, rounded to 3 decimals as they are shown. The clusterer compares the rounded score with its
     * thresholds, so rounding is part of the decision, not only of the display.
     *
     * @param embedding NaN when the article has no embedding (lexical-only mode)
     * @param entities  NaN when the entity weight for this level is 0 (the signal is not used)
     * @param crossLanguage NaN unless at most half the candidate is in the article's language: then the
     *                  weighted cosine of the names and numbers the stream has seen across languages
     * @param time      the time damping, 0 when the candidate is out of the window (it may still be related)
     * @param words     the score by words alone (without {@code crossLanguage}), as rounded
     */
    record Signals(double score, double text, double embedding, double entities, double crossLanguage, double reuse,
                   double time, double words) {
        boolean live() {
            return time > 0;
        }

        /** The same signals with the cross-language score taking no part: the score is the words' alone. */
        Signals byWords() {
            return Double.isNaN(crossLanguage) ? this : new Signals(words, text, embedding, entities, Double.NaN, reuse, time, words);
        }
    }

    private static final String ENGLISH = "en";
    private final ClusterSettings settings;

    Scorer(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Against a live story: with time damping and the share copied from the story's own articles (as {@link Copies} weighs it). */
    Signals story(StoryState story, Features features, Copies copies) {
        return score(story.profile, features, copies.share(story), false);
    }

    /**
     * Against a storyline of any age, weighed with {@code storylineTextWeight}: over a whole topic the TF-IDF
     * centroid separates neighbouring topics (Chechnya war / Putin's rise; malaria / AIDS in Africa) better than
     * the mean embedding. No time and no copies: copies are credited to stories only.
     */
    Signals storyline(StorylineState line, Features features) {
        return score(line.profile, features, 0, true);
    }

    /**
     * Two stories whose own event dates lie further apart than the window are two events of a topic (a verdict and
     * the sentencing months later), however alike their text: an undated article that fits both must not merge them.
     */
    boolean apartInTime(StoryState a, StoryState b) {
        return a.profile.eventGap(b.profile) > settings.windowDays();
    }

    /** How a story is compared with another: for a merge, or to tell a rival from the same event's other start. */
    enum StoryComparison {
        /** Names, numbers and, when one side has no English member, words in English. */
        MERGE,
        /** Names and numbers only: glossed words are alike for a confusable pair's two stories. */
        RIVAL
    }

    /**
     * Story to story, weighed as an article against a story is, without time and copies; when at most half of one
     * is in the other's main language, also by their shared names and numbers and, for a {@link StoryComparison#MERGE}
     * where one side has no English member, by their words in English, the better of the two counting. A lone
     * German report of an event whose first French report it could not yet tell from a confusable story (two Paris
     * attacks) has only these in common with that story once English reports have joined it. Two stories that both
     * have English members are compared by those members' own words already. Not rounded.
     */
    double similarity(StoryState a, StoryState b, StoryComparison comparison) {
        double text = SparseVectors.dot(a.profile.centroid(), b.profile.centroid());
        double named = SparseVectors.dot(a.profile.entityCentroid(), b.profile.entityCentroid());
        double lexical = combine(text, Profile.embeddingCosine(a.profile, b.profile), named, false);
        if (settings.crossLanguageWeight() == 0 && settings.glossWeight() == 0 || !(a.profile.atMostHalfIn(b.profile.mainLanguage())
                || b.profile.atMostHalfIn(a.profile.mainLanguage()))) {
            return lexical;
        }
        boolean glosses = comparison == StoryComparison.MERGE
                && !(a.profile.hasMemberIn(ENGLISH) && b.profile.hasMemberIn(ENGLISH));
        double across = crossLanguage(a.profile.anchorCentroid(), b.profile.anchorCentroid())
                + (glosses ? glossed(a.profile.englishCentroid(), b.profile.englishCentroid()) : 0);
        return Math.max(lexical, across);
    }

    private Signals score(Profile target, Features features, double reuse, boolean storyline) {
        float[] embedding = features.embedding();
        // unknown is not "at the same time as everything": an article or story without an event date joins on
        // stronger text alone; storylines span any time
        double timeFactor = storyline ? 1 : settings.undatedFactor();
        boolean live = true;
        PublicationDate when = features.when();
        long gap = storyline || when == null ? -1 : target.eventGap(when.date(), when.precision().last(when.date()));
        if (gap >= 0) {
            live = gap <= settings.windowDays();
            timeFactor = live ? 1 - 0.3 * gap / (double) settings.windowDays() : 1;
        }
        // a story in several languages is compared in the article's own, by its members written in it
        double text = SparseVectors.dot(features.terms(), storyline ? target.centroid() : target.centroid(features.language()));
        double named = SparseVectors.dot(features.entities(), target.entityCentroid());
        double emb = 0;
        if (embedding != null && target.hasEmbedding()) {
            emb = Math.max(0, SentenceEmbedder.cosine(embedding, storyline ? target.meanEmbedding() : target.meanEmbedding(features.language())));
        }
        double copied = settings.reuseWeight() * Math.min(1, reuse * 2);
        double score = (combine(text, embedding == null ? -1 : emb, named, storyline) + copied) * timeFactor;
        double words = score;
        // a report in another language than the story's shares few words with it; its names and numbers are the
        // evidence then, and the better of the two scores decides
        double cross = Double.NaN;
        if (!storyline && (settings.crossLanguageWeight() > 0 || settings.glossWeight() > 0)
                && target.atMostHalfIn(features.language())) {
            // an English report is compared with a story's English members by its words already: glosses, with
            // their wrong senses, would only blur that (the Paris attacks of January and of November share them)
            boolean glosses = !ENGLISH.equals(features.language()) || !target.hasMemberIn(ENGLISH);
            cross = crossLanguage(features.crossAnchors(), target.anchorCentroid())
                    + (glosses ? glossed(features.english(), target.englishCentroidWithout(features.language())) : 0);
            // a language no dictionary reads has its names and numbers only: they count more
            if (features.english().isEmpty() && !ENGLISH.equals(features.language())) cross *= settings.namesOnlyWeight();
            score = Math.max(score, (cross + copied) * timeFactor);
        }
        boolean entitiesUsed = (storyline ? settings.storylineEntityWeight() : settings.entityWeight()) > 0;
        return new Signals(round(score), round(text), embedding == null ? Double.NaN : round(emb),
                entitiesUsed ? round(named) : Double.NaN, Double.isNaN(cross) ? Double.NaN : round(cross), round(reuse),
                live ? round(timeFactor) : 0.0, round(words));
    }

    /**
     * The weighted anchor cosine, 0 unless at least {@link Anchors#MIN_SHARED} anchors are shared: one number in
     * common ("12", a day of the month) is what a Korean page, whose script gives no names, shares with any story.
     */
    private double crossLanguage(java.util.Map<String, Double> article, java.util.Map<String, Double> story) {
        int shared = 0;
        for (String a : article.keySet()) if (story.containsKey(a)) shared++;
        return shared < Anchors.MIN_SHARED ? 0 : settings.crossLanguageWeight() * SparseVectors.dot(article, story);
    }

    /**
     * The weighted cosine of two sides' words in English. Only across languages: within one the lexical score
     * already compares the same words, undiluted by a dictionary's wrong senses.
     */
    private double glossed(java.util.Map<String, Double> article, java.util.Map<String, Double> story) {
        return settings.glossWeight() == 0 ? 0 : settings.glossWeight() * SparseVectors.dot(article, story);
    }

    private double combine(double text, double embedding, double named, boolean storyline) {
        double textWeight = storyline ? settings.storylineTextWeight() : settings.textWeight();
        double embeddingWeight = storyline ? 1 - settings.storylineTextWeight() : settings.embeddingWeight();
        double entityWeight = storyline ? settings.storylineEntityWeight() : settings.entityWeight();
        // without an embedding (lexical-only mode) text carries the embedding's weight too
        double words = embedding < 0 ? (textWeight + embeddingWeight) * text : textWeight * text + embeddingWeight * embedding;
        return (1 - entityWeight) * words + entityWeight * named;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
