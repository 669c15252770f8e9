package dev.storyline.cluster;

import dev.storyline.settings.Ranges;

/**
 * @param threshold     minimum combined score for an article to join an existing story
 * @param windowDays    stories idle longer than this (by article dates) are no longer candidates
 */
public record ClusterSettings(double threshold, int windowDays) {
    public static final ClusterSettings DEFAULTS = new ClusterSettings(0.25, 14);

    public ClusterSettings {
        Ranges.check("cluster.threshold", threshold, 0.0, 1.0);
        Ranges.check("cluster.windowDays", windowDays, 1, 3650);
    }
}
