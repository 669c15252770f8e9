package dev.storyline.cluster;

import dev.storyline.cluster.StoryClusterer.Merge;
import dev.storyline.cluster.StoryClusterer.Relink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two live stories that one article could join (it joined one and came within {@code mergeMargin} of the
 * other's threshold), whose own representations have come together, are one event
 * that began twice (two outlets' first reports that did not match each other, a follow-up that bridges them).
 * The younger is folded into the older, and the merge is recorded: the articles' own assignments predate it.
 * Works on the clusterer's own maps, which it is handed at construction.
 */
final class Merger {
    private final ClusterSettings settings;
    private final Scorer scorer;
    private final TermIndex index;
    private final Map<String, StoryState> stories;
    private final Map<String, StorylineState> storylines;
    private final Map<String, StoryState> storyOfArticle;
    private final Map<String, Relink> relinks;
    /** By surviving story, in the order they happened. */
    private final Map<String, List<Merge>> merges = new LinkedHashMap<>();

    Merger(ClusterSettings settings, Scorer scorer, TermIndex index, Map<String, StoryState> stories,
           Map<String, StorylineState> storylines, Map<String, StoryState> storyOfArticle, Map<String, Relink> relinks) {
        this.settings = settings;
        this.scorer = scorer;
        this.index = index;
        this.stories = stories;
        this.storylines = storylines;
        this.storyOfArticle = storyOfArticle;
        this.relinks = relinks;
    }

    /**
     * Folds into one every story the article nearly joined that is close enough to the one it joined; returns the
     * story that remains. {@code candidates} are the stories the article was scored against: when only the words in
     * English bring two stories together, a nearly-joined story merges only if it is closer to the joined one than to
     * any other candidate: glosses are alike for a confusable pair's stories, and a lone French report of Macron's
     * 2017 win, glossed, is closer to the story of his 2022 one than to its own event's.
     */
    StoryState mergeConverging(StoryState joined, List<StoryState> nearlyJoined, java.util.Collection<StoryState> candidates,
                               String articleId, LocalDate latest) {
        StoryState keep = joined;
        for (StoryState other : nearlyJoined) {
            if (other == keep || stories.get(other.id) != other) continue;
            if (scorer.apartInTime(keep, other)) continue;
            double similarity = scorer.similarity(keep, other, Scorer.StoryComparison.MERGE);
            if (similarity < settings.mergeThreshold()) continue;
            if (scorer.similarity(keep, other, Scorer.StoryComparison.RIVAL) < settings.mergeThreshold()
                    && !closest(other, keep, similarity, candidates)) {
                continue;
            }
            StoryState older = other.created < keep.created ? other : keep;
            StoryState younger = older == keep ? other : keep;
            absorb(older, younger);
            List<Merge> record = merges.computeIfAbsent(older.id, k -> new ArrayList<>());
            List<Merge> earlier = merges.remove(younger.id);
            if (earlier != null) record.addAll(earlier);
            record.add(new Merge(older.id, younger.id, Scorer.round(similarity), latest, articleId));
            keep = older;
        }
        return keep;
    }

    /** Whether {@code story} is closer to {@code chosen} than to any other live candidate. */
    private boolean closest(StoryState story, StoryState chosen, double similarity, java.util.Collection<StoryState> candidates) {
        for (StoryState rival : candidates) {
            if (rival == story || rival == chosen || stories.get(rival.id) != rival) continue;
            if (similarity <= scorer.similarity(story, rival, Scorer.StoryComparison.MERGE)) return false;
        }
        return true;
    }

    /** Moves every member and every sum of {@code gone} into {@code keep}; {@code gone} leaves memory and index. */
    void absorb(StoryState keep, StoryState gone) {
        List<String> members = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        List<String> keepMembers = keep.members();
        List<String> goneMembers = gone.members();
        for (int i = 0, j = 0; i < keepMembers.size() || j < goneMembers.size(); ) {
            boolean fromKeep = j == goneMembers.size()
                    || (i < keepMembers.size() && keep.arrivals.get(i) < gone.arrivals.get(j));
            members.add(fromKeep ? keepMembers.get(i) : goneMembers.get(j));
            order.add(fromKeep ? keep.arrivals.get(i++) : gone.arrivals.get(j++));
        }
        keepMembers.clear();
        keepMembers.addAll(members);
        keep.arrivals.clear();
        keep.arrivals.addAll(order);
        keep.profile.addSums(gone.profile);
        for (String m : goneMembers) storyOfArticle.put(m, keep);
        index.transfer(gone, keep);
        stories.remove(gone.id);
        relinks.remove(gone.id);
        StorylineState line = storylines.get(keep.storyline);
        StorylineState goneLine = storylines.get(gone.storyline);
        if (goneLine == line) {
            line.liveStories--;
            return;
        }
        // the two storylines stay apart; the merged story's articles now count in its own storyline
        if (line != null) {
            line.profile.members.addAll(goneMembers);
            line.profile.addSums(gone.profile);
        }
        if (goneLine != null && --goneLine.liveStories <= 0) storylines.remove(goneLine.id);
    }

    List<Merge> mergesOf(String storyId) {
        return List.copyOf(merges.getOrDefault(storyId, List.of()));
    }

    /** A retired story was told with its merges; kept, the record would grow with the stream. */
    void forget(String storyId) {
        merges.remove(storyId);
    }
}
