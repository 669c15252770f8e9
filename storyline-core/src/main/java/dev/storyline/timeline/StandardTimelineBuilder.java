package dev.storyline.timeline;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.TimeExpression;
import dev.storyline.domain.TimelineEvent;

import dev.storyline.text.Weekdays;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated events: each sentence with a calendar date (day, month or year) is an event on that date, the day of
 * publication included (the news itself). A date the article could not place in a year ("25 April" in an undated
 * article) takes the year its story's dated articles share; an undated article's weekday is placed near its event day. Events on one date whose sentences say much the same are one event, reported by several.
 */
final class StandardTimelineBuilder implements TimelineBuilder {
    static final double SAME_EVENT = 0.2;
    /** A calendar value, possibly with a part of the day ("2000-01-05TNI"), which a timeline of days drops. */
    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?(T[A-Z]{2})?$");

    private record Draft(String date, Sentence sentence, List<String> articleIds, List<TimeExpression> evidence) {}

    @Override
    public List<TimelineEvent> build(StoryMaterial story) {
        return build(story, List.of());
    }

    @Override
    public List<TimelineEvent> build(StoryMaterial story, List<PublicationDate> memberDates) {
        Integer storyYear = storyYear(story);
        List<Draft> drafts = new ArrayList<>();
        for (int a = 0; a < story.articles().size(); a++) {
            AnalyzedArticle article = story.articles().get(a);
            ArticleFacts facts = story.facts().get(a);
            PublicationDate memberDay = a < memberDates.size() ? memberDates.get(a) : null;
            Map<Integer, List<String>> datesBySentence = new LinkedHashMap<>();
            List<TimeExpression> kept = new ArrayList<>();
            for (TimeExpression t : facts.times()) {
                if (!"DATE".equals(t.type())) continue;
                String date = placed(t.value(), storyYear, article.article().published() == null ? memberDay : null);
                if (date == null) continue;
                kept.add(new TimeExpression(t.span(), t.type(), date, t.rule()));
                datesBySentence.computeIfAbsent(t.span().sentenceIndex(), k -> new ArrayList<>()).add(date);
            }
            for (TimeExpression t : kept) {
                // "May was the bloodiest month ... this year": the month says more than the year it falls in
                String date = t.value();
                if (datesBySentence.get(t.span().sentenceIndex()).stream().anyMatch(d -> d.length() > date.length() && d.startsWith(date))) continue;
                Sentence s = article.sentences().get(t.span().sentenceIndex());
                merge(drafts, new Draft(date, s, new ArrayList<>(List.of(article.id())), new ArrayList<>(List.of(t))));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date));
        List<TimelineEvent> out = new ArrayList<>();
        for (Draft d : drafts) out.add(new TimelineEvent(d.date(), d.sentence().text(), d.articleIds(), d.evidence()));
        return out;
    }

    /** An undated article's weekday ("XXXX-WXX-3") as the day of its story's days it names. */
    private static final Pattern UNPLACED_WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])(T[A-Z]{2})?$");

    /**
     * The calendar value a timeline shows, or null for none: a day, month or year (without a part of the day); a
     * day without a year in the year of the story's dated articles; an undated article's weekday near its event day.
     * The day of publication is kept: most news happened on the day it is reported ("raised its rate on Thursday").
     */
    private static String placed(String value, Integer storyYear, PublicationDate memberDay) {
        Matcher weekday = UNPLACED_WEEKDAY.matcher(value);
        if (weekday.matches()) {
            if (memberDay == null || memberDay.precision() != DatePrecision.DAY) return null;
            return Weekdays.nearest(memberDay.date(), DayOfWeek.of(Integer.parseInt(weekday.group(1)))).toString();
        }
        if (!CALENDAR.matcher(value).matches()) return null;
        String date = value.replaceFirst("T[A-Z]{2}$", "");
        if (date.startsWith("XXXX")) {
            if (storyYear == null || date.length() < 10) return null;
            date = storyYear + date.substring(4);
        }
        return date;
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
