package dev.storyline.cluster;

import dev.storyline.settings.Ranges;

/**
 * Story assignment. An article joins the best candidate story when its score reaches {@code threshold};
 * below that but at or above {@code storylineThreshold} it starts a new story in the same storyline.
 * The story-level defaults (threshold, windowDays, the weights, dateConfidence, undatedFactor) are tuned on the
 * real event-labelled pages of news-events dev; the storyline-level ones on the DUC 2006 stream, whose storyline
 * F1 the story defaults were checked to keep (docs/CLUSTERING.md, "Stories as events").
 *
 * @param threshold          combined score needed to join a story (event level)
 * @param storylineThreshold combined score needed to link a new story to an existing storyline (topic level)
 * @param windowDays         an article whose event date lies further than this from a story's event days cannot
 *                           join it, and two such stories never merge: an event is its day and about two days of
 *                           coverage, so a week keeps follow-ups and parts a verdict from a sentencing (7 days
 *                           beat 30 on dev, where 30 joined no more same-event pages)
 * @param textWeight         weight of TF-IDF cosine (title and body) between article and story (0.55; 0.45 scored
 *                           as well on dev but joined the seeds' October report to the June story, whose leads
 *                           an embedding finds alike: the words tell the two developments apart)
 * @param embeddingWeight    weight of MiniLM cosine between the article's lead and the story's mean
 * @param reuseWeight        weight of the share of the article copied from the story's articles
 * @param storylineTextWeight share of TF-IDF cosine in the storyline link score, the rest being MiniLM cosine:
 *                           a storyline's TF-IDF centroid over many articles keeps a topic's own vocabulary,
 *                           while the mean of their leads' embeddings drifts towards "news about X country"
 * @param adoptThreshold     a new story left as its own storyline, whose best storyline score was at least this,
 *                           is adopted by that storyline if no other article joins it within {@code adoptDays};
 *                           at or above {@code storylineThreshold} no story qualifies, which turns adoption off
 * @param adoptDays          how long a lone storyline may wait for a follower before adoption
 * @param embeddings         false for the lexical-only mode
 * @param leadWords          the embedded lead is the title and the text's first this many words, cut within a
 *                           sentence if need be, so that how a splitter cuts does not move it (the first two
 *                           sentences were the lead until a splitter fix joined "... 3 p.m. on Friday" pieces and
 *                           lengthened it: DUC 2006 storyline F1 0.862 to 0.858) and MiniLM reads a bounded text.
 *                           60: DUC 0.867 and news-events dev as with two sentences; 50: DUC 0.863; whole
 *                           sentences up to 60 words: DUC 0.867, but 15% slower (tried on both, with 40)
 * @param entityWeight       share of the named-entity cosine (people, organisations, places by canonical name,
 *                           TF-IDF weighted) in the story score, the other signals sharing the rest; 0.1: on news-events
 *                           dev shared names lift the threshold's plateau (0.82 to 0.83 over all pages)
 * (threshold 0.42: on the flat top of news-events dev, 0.83 over all pages from 0.40 to 0.42, and 0.02 above the
 * seeds' October report, which must stay out of the June story; 0.44 loses recall fast)
 * @param storylineEntityWeight the same share in the storyline link score; 0 by default: every share tried on the
 *                           DUC 2006 stream lowered storyline-level F1 (swept by the clustering eval)
 * @param mergeThreshold     two live stories that one article could join are merged (the younger into the older)
 *                           when their own similarity, weighed as an article against a story without time and
 *                           copies, reaches this (0.5: on news-events dev 0.45 to 0.5 is one plateau, 0.55 leaves
 *                           an event in the two stories its first reports began, 0.40 joins a confusable pair)
 * @param mergeMargin        "could join": the article scored at least {@code threshold - mergeMargin} against the
 *                           other story. An event's stories began apart because their first reports did not
 *                           match each other closely enough (a wire report's bullet summary, an aggregator's
 *                           cut copy); a later report that joins one and nearly joins the other shows they are one.
 *                           0.2: from 0.1 to 0.3 one plateau on dev, where it folds a summit report (e05-04) and a
 *                           blog's repost of the Beirut blast (e21-08) into their events; 0 (both over the threshold)
 *                           folded neither. The held-out folds did not choose it (each fold's own gain is one page)
 * @param dateConfidence     an article's event date counts in time only with at least this confidence (0.4 takes
 *                           dates written in the prose and crawl stamps; below it the article is undated here)
 * @param undatedFactor      the time factor when the article or the story has no event date: below 1, an undated
 *                           page needs more textual evidence to join than one known to be of the story's days
 * @param crossLanguageWeight against a story at most half in the article's language, the cosine of
 *                           their language-independent anchors ({@link Anchors}: names, numbers) times this is a
 *                           second score beside the lexical one, the better of the two deciding; 0 turns it off
 *                           (the value and why: docs/CLUSTERING.md, "Across languages")
 * @param glossWeight        against a story at most half in the article's language, the cosine of their words
 *                           in English ({@link dev.storyline.text.Glossary}: another language's words by a
 *                           bilingual dictionary, English ones as they are) times this is a third score beside the
 *                           lexical and the anchor one, the best deciding; 0 turns it off (docs/CLUSTERING.md)
 * @param crossLanguageLead  the cross-language score decides only when the article's best leads its runner-up by this
 *                           many times (1: always); the two events of a confusable pair share names and words alike
 * @param crossLanguageRivalSimilarity a runner-up story at least this similar to the best one (by their names
 *                           and numbers, as merges weigh two stories without glosses) is the same event's other
 *                           start, not a rival the lead must beat; 2: every runner-up is a rival
 * @param namesOnlyWeight    for a report in a language no dictionary reads (Korean, Hebrew, Persian, Ukrainian
 *                           here), the names and numbers are all that carries across, and they count this many
 *                           times; the lead still decides whether they single out one story. 1: as for any other
 *                           language. 2.0: on news-events dev and dev-languages 1.6 to 3.0 is one plateau (4 pages
 *                           a dictionary does not read, 3 join their event), 1.0 joins 1 of them
 * @param dictionaries       the folder of FreeDict dictionaries in the dictd format the glosses come from
 *                           (Debian installs its {@code dict-freedict-*} packages in {@code /usr/share/dictd});
 *                           null or a folder without them: no glosses
 */
public record ClusterSettings(double threshold, double storylineThreshold, int windowDays, double textWeight,
                              double embeddingWeight, double reuseWeight, double storylineTextWeight,
                              double adoptThreshold, int adoptDays, boolean embeddings, int leadWords,
                              double entityWeight, double storylineEntityWeight, double mergeThreshold,
                              double dateConfidence, double undatedFactor, double mergeMargin,
                              double crossLanguageWeight, double glossWeight, double crossLanguageLead,
                              double crossLanguageRivalSimilarity, double namesOnlyWeight, String dictionaries) {
    /** Where Debian's {@code dict-freedict-*} packages put their dictionaries. */
    public static final String DEBIAN_DICTIONARIES = "/usr/share/dictd";
    public static final ClusterSettings DEFAULTS =
            new ClusterSettings(0.42, 0.20, 7, 0.55, 0.45, 0.6, 0.75, 0.18, 30, true, 60, 0.1, 0.0, 0.5, 0.4, 0.9, 0.2, 1.0,
                    4.0, 2.0, 0.35, 2.0, DEBIAN_DICTIONARIES);

    public ClusterSettings {
        Ranges.check("cluster.threshold", threshold, 0.0, 2.0);
        Ranges.check("cluster.storylineThreshold", storylineThreshold, 0.0, 2.0);
        Ranges.check("cluster.windowDays", windowDays, 1, 36500);
        Ranges.check("cluster.textWeight", textWeight, 0.0, 1.0);
        Ranges.check("cluster.embeddingWeight", embeddingWeight, 0.0, 1.0);
        Ranges.check("cluster.reuseWeight", reuseWeight, 0.0, 1.0);
        Ranges.check("cluster.storylineTextWeight", storylineTextWeight, 0.0, 1.0);
        Ranges.check("cluster.adoptThreshold", adoptThreshold, 0.0, 2.0);
        Ranges.check("cluster.adoptDays", adoptDays, 1, 36500);
        Ranges.check("cluster.leadWords", leadWords, 5, 500);
        Ranges.check("cluster.entityWeight", entityWeight, 0.0, 1.0);
        Ranges.check("cluster.storylineEntityWeight", storylineEntityWeight, 0.0, 1.0);
        Ranges.check("cluster.mergeThreshold", mergeThreshold, 0.0, 2.0);
        Ranges.check("cluster.dateConfidence", dateConfidence, 0.0, 1.0);
        Ranges.check("cluster.undatedFactor", undatedFactor, 0.0, 1.0);
        Ranges.check("cluster.mergeMargin", mergeMargin, 0.0, 1.0);
        Ranges.check("cluster.crossLanguageWeight", crossLanguageWeight, 0.0, 3.0);
        Ranges.check("cluster.glossWeight", glossWeight, 0.0, 5.0);
        Ranges.check("cluster.crossLanguageLead", crossLanguageLead, 1.0, 10.0);
        Ranges.check("cluster.crossLanguageRivalSimilarity", crossLanguageRivalSimilarity, 0.0, 2.0);
        Ranges.check("cluster.namesOnlyWeight", namesOnlyWeight, 1.0, 5.0);
        if (dictionaries != null && dictionaries.isBlank()) dictionaries = null;
        if (storylineThreshold > threshold) {
            throw new IllegalArgumentException("cluster.storylineThreshold must not exceed cluster.threshold");
        }
    }

    /** A builder starting from {@link #DEFAULTS}. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ClusterSettings withThresholds(double story, double storyline) {
        return toBuilder().threshold(story).storylineThreshold(storyline).build();
    }

    public ClusterSettings withEmbeddings(boolean on) {
        return toBuilder().embeddings(on).build();
    }

    public ClusterSettings withStorylineTextWeight(double weight) {
        return toBuilder().storylineTextWeight(weight).build();
    }

    public ClusterSettings withAdoption(double threshold, int days) {
        return toBuilder().adoptThreshold(threshold).adoptDays(days).build();
    }

    /** No lone storyline is adopted: no link score reaches 2 (for sweeps and comparisons). */
    public ClusterSettings withoutAdoption() {
        return withAdoption(2.0, adoptDays);
    }

    public ClusterSettings withEntityWeights(double story, double storyline) {
        return toBuilder().entityWeight(story).storylineEntityWeight(storyline).build();
    }

    public ClusterSettings withMergeThreshold(double merge) {
        return toBuilder().mergeThreshold(merge).build();
    }

    public ClusterSettings withWindowDays(int days) {
        return toBuilder().windowDays(days).build();
    }

    public ClusterSettings withTime(double dateConfidence, double undatedFactor) {
        return toBuilder().dateConfidence(dateConfidence).undatedFactor(undatedFactor).build();
    }

    /**
     * Settings by name rather than by position (thirteen positional arguments are easy to swap). Each field means
     * what the record's parameter of the same name means; ranges are checked once, by {@link #build()}.
     */
    public static final class Builder {
        private double threshold;
        private double storylineThreshold;
        private int windowDays;
        private double textWeight;
        private double embeddingWeight;
        private double reuseWeight;
        private double storylineTextWeight;
        private double adoptThreshold;
        private int adoptDays;
        private boolean embeddings;
        private int leadWords;
        private double entityWeight;
        private double storylineEntityWeight;
        private double mergeThreshold;
        private double dateConfidence;
        private double undatedFactor;
        private double mergeMargin;
        private double crossLanguageWeight;
        private double glossWeight;
        private double crossLanguageLead;
        private double crossLanguageRivalSimilarity;
        private double namesOnlyWeight;
        private String dictionaries;

        private Builder(ClusterSettings from) {
            threshold = from.threshold;
            storylineThreshold = from.storylineThreshold;
            windowDays = from.windowDays;
            textWeight = from.textWeight;
            embeddingWeight = from.embeddingWeight;
            reuseWeight = from.reuseWeight;
            storylineTextWeight = from.storylineTextWeight;
            adoptThreshold = from.adoptThreshold;
            adoptDays = from.adoptDays;
            embeddings = from.embeddings;
            leadWords = from.leadWords;
            entityWeight = from.entityWeight;
            storylineEntityWeight = from.storylineEntityWeight;
            mergeThreshold = from.mergeThreshold;
            dateConfidence = from.dateConfidence;
            undatedFactor = from.undatedFactor;
            mergeMargin = from.mergeMargin;
            crossLanguageWeight = from.crossLanguageWeight;
            glossWeight = from.glossWeight;
            crossLanguageLead = from.crossLanguageLead;
            crossLanguageRivalSimilarity = from.crossLanguageRivalSimilarity;
            namesOnlyWeight = from.namesOnlyWeight;
            dictionaries = from.dictionaries;
        }

        public Builder threshold(double threshold) {
            this.threshold = threshold;
            return this;
        }

        public Builder storylineThreshold(double storylineThreshold) {
            this.storylineThreshold = storylineThreshold;
            return this;
        }

        public Builder windowDays(int windowDays) {
            this.windowDays = windowDays;
            return this;
        }

        public Builder textWeight(double textWeight) {
            this.textWeight = textWeight;
            return this;
        }

        public Builder embeddingWeight(double embeddingWeight) {
            this.embeddingWeight = embeddingWeight;
            return this;
        }

        public Builder reuseWeight(double reuseWeight) {
            this.reuseWeight = reuseWeight;
            return this;
        }

        public Builder storylineTextWeight(double storylineTextWeight) {
            this.storylineTextWeight = storylineTextWeight;
            return this;
        }

        public Builder adoptThreshold(double adoptThreshold) {
            this.adoptThreshold = adoptThreshold;
            return this;
        }

        public Builder adoptDays(int adoptDays) {
            this.adoptDays = adoptDays;
            return this;
        }

        public Builder leadWords(int leadWords) {
            this.leadWords = leadWords;
            return this;
        }

        public Builder embeddings(boolean embeddings) {
            this.embeddings = embeddings;
            return this;
        }

        public Builder entityWeight(double entityWeight) {
            this.entityWeight = entityWeight;
            return this;
        }

        public Builder storylineEntityWeight(double storylineEntityWeight) {
            this.storylineEntityWeight = storylineEntityWeight;
            return this;
        }

        public Builder mergeThreshold(double mergeThreshold) {
            this.mergeThreshold = mergeThreshold;
            return this;
        }

        public Builder dateConfidence(double dateConfidence) {
            this.dateConfidence = dateConfidence;
            return this;
        }

        public Builder undatedFactor(double undatedFactor) {
            this.undatedFactor = undatedFactor;
            return this;
        }

        public Builder mergeMargin(double mergeMargin) {
            this.mergeMargin = mergeMargin;
            return this;
        }

        public Builder crossLanguageWeight(double crossLanguageWeight) {
            this.crossLanguageWeight = crossLanguageWeight;
            return this;
        }

        public Builder glossWeight(double glossWeight) {
            this.glossWeight = glossWeight;
            return this;
        }

        public Builder crossLanguageLead(double crossLanguageLead) {
            this.crossLanguageLead = crossLanguageLead;
            return this;
        }

        public Builder crossLanguageRivalSimilarity(double crossLanguageRivalSimilarity) {
            this.crossLanguageRivalSimilarity = crossLanguageRivalSimilarity;
            return this;
        }

        public Builder namesOnlyWeight(double namesOnlyWeight) {
            this.namesOnlyWeight = namesOnlyWeight;
            return this;
        }

        public Builder dictionaries(String dictionaries) {
            this.dictionaries = dictionaries;
            return this;
        }

        public ClusterSettings build() {
            return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight,
                    reuseWeight, storylineTextWeight, adoptThreshold, adoptDays, embeddings, leadWords, entityWeight,
                    storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor, mergeMargin, crossLanguageWeight,
                    glossWeight, crossLanguageLead, crossLanguageRivalSimilarity, namesOnlyWeight, dictionaries);
        }
    }
}
