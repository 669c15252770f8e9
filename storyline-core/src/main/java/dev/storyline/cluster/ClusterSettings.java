package dev.storyline.cluster;

import dev.storyline.settings.Ranges;

/**
 * Story assignment. An article joins the best candidate story when its score reaches {@code threshold};
 * below that but at or above {@code storylineThreshold} it starts a new story in the same storyline.
 * Defaults are tuned on the DUC 2006 dev stream (docs/CLUSTERING.md).
 *
 * @param threshold          combined score needed to join a story (event level)
 * @param storylineThreshold combined score needed to link a new story to an existing storyline (topic level)
 * @param windowDays         a story idle longer than this (by article dates) is no longer a candidate
 * @param textWeight         weight of TF-IDF cosine (title and body) between article and story
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
 * @param entityWeight       share of the named-entity cosine (people, organisations, places by canonical name,
 *                           TF-IDF weighted) in the story score, the other signals sharing the rest; 0 by default:
 *                           names are already terms, and no event-level dev set shows a gain (docs/CLUSTERING.md)
 * @param storylineEntityWeight the same share in the storyline link score; 0 by default: every share tried on the
 *                           DUC 2006 stream lowered storyline-level F1 (swept by the clustering eval)
 * @param mergeThreshold     two live stories an article could join merge when they are at least this alike
 * @param dateConfidence     an article's event date counts in time only with at least this confidence; below it
 *                           the article is undated for assignment
 * @param undatedFactor      the time factor when the article or the story has no event date: below 1, an undated
 *                           page needs more textual evidence to join than one known to be of the story's days
 */
public record ClusterSettings(double threshold, double storylineThreshold, int windowDays, double textWeight,
                              double embeddingWeight, double reuseWeight, double storylineTextWeight,
                              double adoptThreshold, int adoptDays, boolean embeddings,
                              double entityWeight, double storylineEntityWeight, double mergeThreshold,
                              double dateConfidence, double undatedFactor) {
    public static final ClusterSettings DEFAULTS =
            new ClusterSettings(0.42, 0.20, 7, 0.45, 0.55, 0.6, 0.75, 0.18, 30, true, 0.1, 0.0, 0.55, 0.4, 0.9);

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
        Ranges.check("cluster.entityWeight", entityWeight, 0.0, 1.0);
        Ranges.check("cluster.storylineEntityWeight", storylineEntityWeight, 0.0, 1.0);
        Ranges.check("cluster.mergeThreshold", mergeThreshold, 0.0, 2.0);
        Ranges.check("cluster.dateConfidence", dateConfidence, 0.0, 1.0);
        Ranges.check("cluster.undatedFactor", undatedFactor, 0.0, 1.0);
        if (storylineThreshold > threshold) {
            throw new IllegalArgumentException("cluster.storylineThreshold must not exceed cluster.threshold");
        }
    }

    public ClusterSettings withThresholds(double story, double storyline) {
        return new ClusterSettings(story, storyline, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, embeddings, entityWeight, storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor);
    }

    public ClusterSettings withEmbeddings(boolean on) {
        return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, on, entityWeight, storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor);
    }

    public ClusterSettings withStorylineTextWeight(double weight) {
        return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                weight, adoptThreshold, adoptDays, embeddings, entityWeight, storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor);
    }

    public ClusterSettings withAdoption(double threshold, int days) {
        return new ClusterSettings(this.threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, threshold, days, embeddings, entityWeight, storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor);
    }

    /** No lone storyline is adopted: no link score reaches 2 (for sweeps and comparisons). */
    public ClusterSettings withoutAdoption() {
        return withAdoption(2.0, adoptDays);
    }

    public ClusterSettings withEntityWeights(double story, double storyline) {
        return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, embeddings, story, storyline, mergeThreshold, dateConfidence, undatedFactor);
    }

    public ClusterSettings withMergeThreshold(double merge) {
        return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, embeddings, entityWeight, storylineEntityWeight, merge, dateConfidence, undatedFactor);
    }

    public ClusterSettings withWindowDays(int days) {
        return new ClusterSettings(threshold, storylineThreshold, days, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, embeddings, entityWeight, storylineEntityWeight, mergeThreshold, dateConfidence, undatedFactor);
    }

    public ClusterSettings withTime(double dateConfidence, double undatedFactor) {
        return new ClusterSettings(threshold, storylineThreshold, windowDays, textWeight, embeddingWeight, reuseWeight,
                storylineTextWeight, adoptThreshold, adoptDays, embeddings, entityWeight, storylineEntityWeight, mergeThreshold,
                dateConfidence, undatedFactor);
    }
}
