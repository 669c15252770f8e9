package dev.storyline.timeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimeExpression;
import dev.storyline.domain.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dated events: each sentence with a calendar date (day, month or year) is an event on that date. A date the
 * article could not place in a year ("25 April" in an undated article) takes the year its story's dated
 * articles share. Events on one date whose sentences say much the same are one event, reported by several.
 */
final class StandardTimelineBuilder implements TimelineBuilder {
    static final double SAME_EVENT = 0.2;
    /** A calendar value, possibly with a part of the day ("2000-01-05TNI"), which a timeline of days drops. */
    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?(T[A-Z]{2})?$");

    private record Draft(String date, Sentence sentence, List<String> articleIds, List<TimeExpression> evidence) {}

    @Override
    public List<TimelineEvent> build(StoryMaterial story) {
        Integer storyYear = storyYear(story);
        List<Draft> drafts = new ArrayList<>();
        for (int a = 0; a < story.articles().size(); a++) {
            AnalyzedArticle article = story.articles().get(a);
            ArticleFacts facts = story.facts().get(a);
            for (TimeExpression t : facts.times()) {
                if (!"DATE".equals(t.type()) || !CALENDAR.matcher(t.value()).matches()) continue;
                String date = t.value().replaceFirst("T[A-Z]{2}$", "");
                if (date.startsWith("XXXX")) {
                    if (storyYear == null || date.length() < 10) continue;
                    date = storyYear + date.substring(4);
                }
                LocalDate published = article.article().published();
                // the publication day itself is when it was reported, not an event of the story
                if (published != null && date.equals(published.toString())) continue;
                Sentence s = article.sentences().get(t.span().sentenceIndex());
                merge(drafts, new Draft(date, s, new ArrayList<>(List.of(article.id())), new ArrayList<>(List.of(t))));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date));
        List<TimelineEvent> out = new ArrayList<>();
        for (Draft d : drafts) out.add(new TimelineEvent(d.date(), d.sentence().text(), d.articleIds(), d.evidence()));
        return out;
    }

    private static void merge(List<Draft> drafts, Draft next) {
        for (Draft d : drafts) {
            if (d.date().equals(next.date()) && similarity(d.sentence(), next.sentence()) >= SAME_EVENT) {
                for (String id : next.articleIds()) if (!d.articleIds().contains(id)) d.articleIds().add(id);
                d.evidence().addAll(next.evidence());
                return;
            }
        }
        drafts.add(next);
    }

    /** The year most of the story's dated articles were published in. */
    private static Integer storyYear(StoryMaterial story) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (AnalyzedArticle a : story.articles()) {
            if (a.article().published() != null) years.merge(a.article().published().getYear(), 1, Integer::sum);
        }
        return years.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static double similarity(Sentence a, Sentence b) {
        Set<String> x = new HashSet<>(a.terms());
        Set<String> y = new HashSet<>(b.terms());
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        x.addAll(y);
        return x.isEmpty() ? 0 : inter.size() / (double) x.size();
    }
}
