package dev.storyline.summarize;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Citation;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;
import dev.storyline.text.SparseVectors;
import dev.storyline.text.Terms;
import dev.storyline.text.Words;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Extractive summary under a length budget. Sentences are ordered first by how much content shared across the
 * story's articles they add ({@link ConceptCoverage}), then by a score of their centrality (TF-IDF cosine to the
 * story's centroid), how many articles carry them or a paraphrase, how many independent origins back the claims
 * they state, and an early position in their article; they are picked in that order within the budget, skipping
 * any that repeats a picked one (maximal marginal relevance), and printed in story order. Every summary sentence
 * cites every article sentence whose similarity to it reaches {@link #CITE}.
 */
final class ExtractiveSummarizer implements Summarizer {
    /** Cosine of analysed terms at which another article's sentence counts as carrying a summary sentence. */
    static final double CITE = 0.5;
    /** Cosine at which a candidate repeats an already chosen sentence. */
    static final double REDUNDANT = 0.45;
    /** Candidates scored in full (the rest cannot outrank them on centrality and position alone). */
    static final int SHORTLIST = 60;
    /** Coverage picks per summary sentence: room for picks the budget or the redundancy check will skip. */
    static final int PICKS_PER_SENTENCE = 4;
    /**
     * Weight of a sentence's cosine to the query, beside its cosine to the story's centroid (it orders only the
     * sentences that add no shared concept), and how many times more a shared concept weighs when it contains a
     * query word. The factor, on DUC 2006 with the topic narrative as query (R-2 / SU4 at 250 words): 3: 0.1099 /
     * 0.1624; 2: 0.1088 / 0.1612; 4: 0.1082 / 0.1608; 1 (no focus): 0.1081 / 0.1586.
     */
    static final double FOCUS = 1;
    static final double FOCUS_CONCEPT = 3;
    /** The words of a request rather than of its topic ("Discuss ... Include ..."), analysed as the terms are. */
    private static final Set<String> INSTRUCTION = Set.copyOf(Terms.of("discuss describe identify include including "
            + "explain provide information specific examples example details detail describing discussing what why how "
            + "which where when who kinds kind types type nature particular"));
    private static final Pattern DANGLING = Pattern.compile("^(?:[\"“]?)(he|she|it|they|this|that|these|those|his|her|its|their|"
            + "the source|the agency|the group|meanwhile|however|but|and|also|thus|so)\\b", Pattern.CASE_INSENSITIVE);

    /** Openings that refer to something the sentence does not say (a pronoun, "the source"), connectives aside. */
    private static final Pattern UNRESOLVED = Pattern.compile("^(?:[\"“]?)(he|she|it|they|this|that|these|those|his|her|its|"
            + "their|the source|the agency|the group)\\b", Pattern.CASE_INSENSITIVE);

    private final SummarySettings settings;

    ExtractiveSummarizer(SummarySettings settings) {
        this.settings = settings;
    }

    /** Compared by identity: each is one sentence of the story, and hashing its vector for every map lookup was a tenth of the cost. */
    private record Candidate(int article, Sentence sentence, Map<String, Double> vector, String text) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    @Override
    public Summary summarize(StoryMaterial story, List<Claim> claims) {
        return summarize(story, claims, null, List.of(), Set.of());
    }

    /**
     * Sentences close to the query (TF-IDF cosine of analysed terms, without the instruction words of a request
     * such as "discuss" or "describe") rank higher, and the content concepts that contain a query term weigh
     * {@link #FOCUS_CONCEPT} times more.
     */
    @Override
    public Summary summarize(StoryMaterial story, List<Claim> claims, String query) {
        return summarize(story, claims, null, queryTerms(query), queryWords(query));
    }

    /** The query's analysed terms without the instruction words of a request ("discuss", "describe"). */
    private static List<String> queryTerms(String query) {
        return query == null ? List.of() : Terms.of(query).stream().filter(t -> !INSTRUCTION.contains(t)).toList();
    }

    /** The query's content words as {@link ConceptTerms} stems them, instruction words aside. */
    private static Set<String> queryWords(String query) {
        if (query == null) return Set.of();
        Set<String> words = new HashSet<>(ConceptTerms.contentWords(query));
        words.removeAll(INSTRUCTION);
        return words;
    }

    /**
     * Only the articles not read are drawn from, and none of their sentences that a read article carries (cosine
     * >= {@link #CITE}): background the reader has already seen stays out. A query focuses it as it does a summary.
     * Nothing unread: no sentences.
     */
    @Override
    public Summary update(StoryMaterial story, List<Claim> claims, Set<String> readArticleIds, String query) {
        Set<Integer> fresh = new HashSet<>();
        for (int a = 0; a < story.articles().size(); a++) {
            if (!readArticleIds.contains(story.articles().get(a).id())) fresh.add(a);
        }
        return summarize(story, claims, fresh, queryTerms(query), queryWords(query));
    }

    /**
     * @param fresh      the articles sentences may come from, when only what they add is wanted; null for all
     * @param query      analysed terms of a topic to focus on; empty for a general summary
     * @param focusWords the topic's content words as {@link ConceptTerms} stems them
     */
    private Summary summarize(StoryMaterial story, List<Claim> claims, Set<Integer> fresh, List<String> query,
                              Set<String> focusWords) {
        List<AnalyzedArticle> articles = story.articles();
        Map<String, Integer> df = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            Set<String> seen = new HashSet<>();
            for (Sentence s : a.sentences()) seen.addAll(s.terms());
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = articles.size();
        List<Candidate> all = new ArrayList<>();
        Map<String, Double> centroid = new HashMap<>();
        for (int a = 0; a < n; a++) {
            for (Sentence s : articles.get(a).sentences()) {
                Map<String, Double> v = vector(s.terms(), df, n);
                all.add(new Candidate(a, s, v, Compression.trim(s.text())));
                v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
            }
        }
        normalise(centroid);
        Map<String, Double> focus = query.isEmpty() ? Map.of() : vector(query, df, n);
        TermIndex index = new TermIndex(all);
        Map<String, Integer> origins = originsBySentence(story, claims);

        // carriers cost a pass over every sentence, so only the most central candidates are scored in full:
        // a story of a thousand articles is summarised in time linear in its size
        Map<Candidate, Double> central = new HashMap<>();
        for (Candidate c : all) {
            central.put(c, cosine(c.vector(), centroid) + FOCUS * cosine(c.vector(), focus) + 0.08 / (1 + c.sentence().index()));
        }
        // in an update a sentence may open with "However," (what is new often contradicts what came before), not with "he"
        Predicate<Candidate> eligible = fresh == null ? c -> Extractable.check(c.text(), DANGLING)
                : c -> fresh.contains(c.article()) && Extractable.check(c.text(), UNRESOLVED)
                        && index.carriers(c).stream().allMatch(o -> fresh.contains(o.article()));
        // checked once: every sentence of the story is, on every telling
        List<Candidate> extractable = all.stream().filter(eligible).toList();
        List<Candidate> candidates = extractable.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -central.get(c)).thenComparingInt(Candidate::article)
                        .thenComparingInt(c -> c.sentence().index()))
                .limit(SHORTLIST).toList();
        Map<Candidate, Double> score = new HashMap<>();
        for (Candidate c : candidates) {
            int carriers = index.carriers(c).size();
            int backing = origins.getOrDefault(c.sentence().articleId() + "#" + c.sentence().index(), 0);
            double s = cosine(c.vector(), centroid)
                    + FOCUS * cosine(c.vector(), focus)
                    + 0.12 * Math.log(carriers)
                    + 0.05 * Math.min(backing, 3)
                    + 0.08 / (1 + c.sentence().index());
            score.put(c, s);
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -score.get(c))
                .thenComparingInt(Candidate::article).thenComparingInt(c -> c.sentence().index()));
        // content shared across articles first; centrality, carriers and backing order the rest
        ranked = ConceptCoverage.order(extractable, n, Candidate::article,
                c -> ConceptTerms.words(c.text()), c -> Words.count(c.text()), ranked,
                PICKS_PER_SENTENCE * settings.maxSentences(), focusWords, FOCUS_CONCEPT, admission(fresh),
                fresh == null ? List.of() : all.stream().filter(c -> !fresh.contains(c.article())).toList());

        // the same check again over the whole order: the coverage picks pass as they did, then the rest fill any room
        Predicate<Candidate> admit = admission(fresh);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) if (admit.test(c)) chosen.add(c);
        if (chosen.isEmpty() && !ranked.isEmpty()) chosen.add(ranked.get(0));
        Candidate top = chosen.isEmpty() ? null : chosen.get(0);
        List<Candidate> ownLanguage = inMostArticlesLanguage(chosen, articles);
        Candidate topOwnLanguage = ownLanguage.isEmpty() ? top : ownLanguage.get(0);
        chosen.sort(Comparator.comparingInt(Candidate::article).thenComparingInt(c -> c.sentence().index()));
        List<SummarySentence> sentences = chosen.stream().map(c -> cite(c, index)).toList();
        Candidate main = fresh == null ? mainEvent(inMostArticlesLanguage(chosen, articles), extractable, central, n) : null;
        SummarySentence what = main != null ? cite(main, index) : topOwnLanguage == null ? null : cite(topOwnLanguage, index);
        List<AnalyzedArticle> titled = fresh == null ? articles
                : IntStream.range(0, n).filter(fresh::contains).mapToObj(articles::get).toList();
        return new Summary(titled.isEmpty() ? "" : headline(titled, centroid, df), what, sentences);
    }

    /**
     * The candidates from articles in the language most of the story's articles are in (ties by name): the line a
     * reader takes the story from is in the story's language, a French lead does not open a story of three English
     * reports and two French ones. All of them when the story's articles name no language.
     */
    private static List<Candidate> inMostArticlesLanguage(List<Candidate> candidates, List<AnalyzedArticle> articles) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        for (AnalyzedArticle a : articles) if (a.article().language() != null) count.merge(a.article().language(), 1, Integer::sum);
        if (count.isEmpty()) return candidates;
        String language = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return candidates.stream().filter(c -> language.equals(articles.get(c.article()).article().language())).toList();
    }

    /** A lead is an article's first sentences, where news writing states what happened. */
    static final int LEAD_SENTENCES = 2;
    /** Cosine at which another article's lead tells the same happening. */
    static final double SAME_LEAD = 0.2;

    /**
     * What happened: of the summary's sentences, the lead sentence that the most other articles' leads also tell
     * (cosine >= {@link #SAME_LEAD}), most central among equals. The most-covered sentence overall may be background every report repeats
     * ("analysts say the government appears ready to accept partition"); the leads agree on the news. Null for a
     * story of one article, or when no lead is told by another.
     */
    private static Candidate mainEvent(List<Candidate> chosen, List<Candidate> eligible, Map<Candidate, Double> central, int articles) {
        if (articles < 2) return null;
        List<Candidate> leads = eligible.stream().filter(c -> c.sentence().index() < LEAD_SENTENCES)
                .filter(c -> !DANGLING.matcher(c.text()).find()).toList();
        Candidate best = null;
        int bestTold = 0;
        for (Candidate c : chosen) {
            if (c.sentence().index() >= LEAD_SENTENCES || DANGLING.matcher(c.text()).find()) continue;
            Set<Integer> told = new java.util.HashSet<>();
            for (Candidate o : leads) {
                if (o.article() != c.article() && cosine(c.vector(), o.vector()) >= SAME_LEAD) told.add(o.article());
            }
            if (told.size() > bestTold || told.size() == bestTold && best != null && told.size() > 0
                    && central.get(c) > central.get(best)) {
                best = c;
                bestTold = told.size();
            }
        }
        return bestTold > 0 ? best : null;
    }

    /**
     * The summary's intake: offered sentences one by one, it takes each that fits the sentence, word and byte
     * budgets, does not repeat one taken (cosine >= {@link #REDUNDANT}) and, when first, does not open with a
     * dangling reference. Stateful: one per pass over the candidates.
     */
    private Predicate<Candidate> admission(Set<Integer> fresh) {
        List<Candidate> chosen = new ArrayList<>();
        int[] used = new int[2]; // words, bytes
        return c -> {
            if (chosen.size() >= settings.maxSentences()) return false;
            if (chosen.stream().anyMatch(x -> cosine(x.vector(), c.vector()) >= REDUNDANT)) return false;
            if (chosen.isEmpty() && (fresh == null ? DANGLING : UNRESOLVED).matcher(c.text()).find()) return false;
            int w = Words.count(c.text());
            int b = c.text().getBytes(StandardCharsets.UTF_8).length + 1;
            if (settings.maxWords() > 0 && used[0] + w > settings.maxWords()) return false;
            if (settings.maxBytes() > 0 && used[1] + b > settings.maxBytes()) return false;
            chosen.add(c);
            used[0] += w;
            used[1] += b;
            return true;
        };
    }

    /**
     * The story's sentences by term, so the sentences that carry one (cosine >= {@link #CITE}) are found from the
     * terms they share rather than by comparing it with every sentence: a story of a thousand articles has some
     * 25,000. Dot products are summed over the postings, and the few sentences near the bar are confirmed with
     * the exact cosine, so the carriers are those of comparing every pair.
     */
    private static final class TermIndex {
        private final List<Candidate> all;
        private final Map<String, int[]> positions = new HashMap<>();
        private final Map<String, double[]> weights = new HashMap<>();
        private final Map<Candidate, Integer> indexOf = new HashMap<>();

        TermIndex(List<Candidate> all) {
            this.all = all;
            Map<String, Integer> size = new HashMap<>();
            for (Candidate c : all) c.vector().keySet().forEach(t -> size.merge(t, 1, Integer::sum));
            size.forEach((t, k) -> {
                positions.put(t, new int[k]);
                weights.put(t, new double[k]);
            });
            Map<String, Integer> filled = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                indexOf.put(all.get(i), i);
                for (Map.Entry<String, Double> e : all.get(i).vector().entrySet()) {
                    int at = filled.merge(e.getKey(), 1, Integer::sum) - 1;
                    positions.get(e.getKey())[at] = i;
                    weights.get(e.getKey())[at] = e.getValue();
                }
            }
        }

        /** The candidate itself and, per other article, its first sentence (in story order) that carries it. */
        List<Candidate> carriers(Candidate c) {
            double[] dot = new double[all.size()];
            for (Map.Entry<String, Double> e : c.vector().entrySet()) {
                int[] at = positions.get(e.getKey());
                double[] w = weights.get(e.getKey());
                for (int k = 0; k < at.length; k++) dot[at[k]] += e.getValue() * w[k];
            }
            int self = indexOf.get(c);
            List<Candidate> out = new ArrayList<>();
            Set<Integer> articles = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                Candidate o = all.get(i);
                boolean carries = i == self || (o.article() != c.article() && dot[i] >= CITE - 1e-9
                        && cosine(o.vector(), c.vector()) >= CITE);
                if (carries && articles.add(o.article())) out.add(o);
            }
            return out;
        }
    }

    private static SummarySentence cite(Candidate c, TermIndex index) {
        List<Citation> citations = new ArrayList<>();
        for (Candidate o : index.carriers(c)) {
            double sim = o == c ? 1.0 : Math.round(cosine(o.vector(), c.vector()) * 1000) / 1000.0;
            citations.add(new Citation(o.sentence().articleId(), o.sentence().index(), o.sentence().start(), o.sentence().end(), sim));
        }
        return new SummarySentence(c.text(), citations);
    }

    /** Number of independent origins behind the claims each sentence states. */
    private static Map<String, Integer> originsBySentence(StoryMaterial story, List<Claim> claims) {
        Map<String, Integer> out = new HashMap<>();
        for (Claim claim : claims) {
            for (Claim.Evidence e : claim.evidence()) {
                out.merge(e.span().articleId() + "#" + e.span().sentenceIndex(), claim.origins().size(), Math::max);
            }
        }
        return out;
    }

    /** The title closest to what the story's sentences are about. */
    private static String headline(List<AnalyzedArticle> articles, Map<String, Double> centroid, Map<String, Integer> df) {
        String best = articles.isEmpty() ? "" : articles.get(0).article().title();
        double bestScore = -1;
        for (AnalyzedArticle a : articles) {
            double s = cosine(vector(a.titleTerms(), df, articles.size()), centroid);
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = a.article().title();
            }
        }
        return best;
    }

    private static Map<String, Double> vector(List<String> terms, Map<String, Integer> df, int n) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : terms) tf.merge(t, 1.0, Double::sum);
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, f) -> v.put(t, (1 + Math.log(f)) * Math.log(1 + (n + 1.0) / df.getOrDefault(t, 1))));
        normalise(v);
        return v;
    }

    private static void normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) v.replaceAll((k, x) -> x / norm);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return SparseVectors.dot(a, b);
    }
}
