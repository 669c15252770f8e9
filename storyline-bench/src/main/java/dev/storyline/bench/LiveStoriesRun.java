package dev.storyline.bench;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.extract.ExtractionException;
import dev.storyline.settings.Settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the cost of one arriving article grows with the number of live stories: the session is first filled
 * with K synthetic stories (each article drawn from its own seeded vocabulary, all within the live window),
 * then the dev stream's articles arrive and their per-article cost is timed. Candidate retrieval should keep
 * that cost nearly flat in K; a scan of all stories would grow linearly.
 */
final class LiveStoriesRun {
    record Result(int liveStories, int storiesAfterFill, int measured, double millisPerArticle, double p99Millis) {}

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "da", "fe",
            "gu", "hi", "ja", "bo", "ce", "wu", "xi", "yo"};

    private LiveStoriesRun() {}

    static Result run(List<DevCorpus.Item> corpus, int liveStories, int measured, Settings settings) {
        Storyline storyline = new Storyline(settings);
        StorySession session = storyline.session();
        SplittableRandom random = new SplittableRandom(7);
        LocalDate fillDate = LocalDate.of(2001, 1, 1);
        // the fill is set-up, not measured: batches let the per-article stages use every core
        List<Article> batch = new ArrayList<>();
        for (int k = 0; k < liveStories; k++) {
            batch.add(synthetic(k, fillDate, random));
            if (batch.size() == 1000 || k == liveStories - 1) {
                session.addAll(batch);
                batch.clear();
            }
        }
        int storiesAfterFill = session.storyCount();
        Latencies latencies = new Latencies();
        long total = 0;
        int n = Math.min(measured, corpus.size());
        for (int i = 0; i < n; i++) {
            DevCorpus.Item item = corpus.get(i);
            // the measured articles arrive on the fill day, so every filled story is still a live candidate
            RawDocument doc = new RawDocument("bench:" + item.id(), RawDocument.Format.TEXT,
                    item.title() + "\n\n" + item.text(),
                    new dev.storyline.domain.DocumentHints(item.id(), null, item.title(), fillDate.toString(), item.outlet()));
            try {
                Article article = storyline.extract(doc);
                long t0 = System.nanoTime();
                session.add(article);
                long dt = System.nanoTime() - t0;
                latencies.add(dt);
                total += dt;
            } catch (ExtractionException e) {
                // a dev article without text: nothing to time
            }
        }
        return new Result(liveStories, storiesAfterFill, n, total / 1e6 / n, latencies.quantileMillis(0.99));
    }

    /** An article whose words come from the k-th story's own vocabulary. */
    static Article synthetic(int k, LocalDate date, SplittableRandom random) {
        String[] vocabulary = new String[24];
        for (int w = 0; w < vocabulary.length; w++) vocabulary[w] = word(k * 31L + w * 7919L);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            for (int w = 0; w < 12; w++) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == 11 ? ". " : " ");
            }
        }
        String title = (vocabulary[0] + " " + vocabulary[1] + " " + vocabulary[2]).toUpperCase(Locale.ROOT);
        String id = "live-" + k;
        return new Article(id, "bench:" + id, null, title, "Synthetic", null, date, List.of(), text.toString().strip(),
                List.of(), id);
    }

    /** A pronounceable pseudo-word, distinct for distinct seeds in practice. */
    private static String word(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return w.toString();
    }
}
