package dev.storyline.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Orders sentences by how much of the story's shared content they add: concepts ({@link ConceptTerms}: word
 * bigrams and skip pairs) that several articles use, weighted by how many; each step takes the sentence whose not-yet-covered
 * concepts weigh most for their length (a greedy form of Gillick and Favre's concept coverage) and offers it to the
 * summary, which may turn it down (no room left, a repeat): only the concepts of a sentence it takes count as
 * covered. Sentences that add no shared concept follow in the fallback order. A story too small to share concepts
 * keeps the fallback order.
 */
final class ConceptCoverage {
    private ConceptCoverage() {}

    /**
     * A concept counts when at least this share of the story's articles (and two) use it: 3 of DUC's 25 (R-2 at
     * 250 words, general: 0.1081 at 0.1; 0.1017 at 0.07, 0.1076 at 0.14, 0.1051 at 0.18).
     */
    static final double MIN_ARTICLE_SHARE = 0.1;
    /**
     * Gain is divided by length to this power: 1 favours short sentences too much for ROUGE's fixed budget, 0
     * ignores length. On DUC 2006 (R-2 / SU4 at 250 words; general, then topic-focused), with skip pairs: 0.6:
     * 0.1085 / 0.1600, 0.1092 / 0.1623; 0.65: 0.1081 / 0.1586, 0.1099 / 0.1624; 0.7: 0.1109 / 0.1615, 0.1097 /
     * 0.1620; 0.75: 0.1086 / 0.1597, 0.1100 / 0.1611; 0.9: 0.1079 / 0.1585; 0.4: 0.1052 / 0.1572. A plateau from
     * 0.6 to 0.75 (differences within the noise of 50 clusters); 0.7 is its middle.
     */
    static final double LENGTH_POWER = 0.7;

    /**
     * @param wordsOf     a sentence's words ({@link ConceptTerms#words}), of which its concepts are made
     * @param picks       how many sentences to offer (each pick scans every sentence, so this bounds the cost in a
     *                    story of thousands of articles); the rest follow in the fallback order
     * @param focus       query words: a concept containing one weighs {@code focusWeight} times more
     * @param focusWeight the factor for concepts on the query's topic
     * @param take        offered a sentence, whether the summary takes it
     * @param known       sentences the reader has read (an update's earlier articles): their concepts count as
     *                    covered from the start, so a pick must add something they did not say
     * @return the sentences taken, in the order taken, then the others in the fallback order
     */
    static <T> List<T> order(List<T> sentences, int articles, ToIntFunction<T> articleOf, Function<T, List<String>> wordsOf,
                             ToIntFunction<T> words, List<T> fallback, int picks, Set<String> focus, double focusWeight,
                             Predicate<T> take, List<T> known) {
        int minDf = Math.max(2, (int) Math.ceil(articles * MIN_ARTICLE_SHARE));
        // a concept is in no more articles than either of its words: concepts of a rarer word are never made, which
        // in a story of a thousand articles leaves out most of the millions a sentence's pairs would give
        Map<T, List<String>> textWords = new HashMap<>();
        for (T s : sentences) textWords.put(s, wordsOf.apply(s));
        Map<String, Integer> wordDf = documentFrequency(sentences, articleOf, textWords::get);
        Predicate<String> frequent = w -> wordDf.get(w) >= minDf;
        Map<T, Set<String>> conceptsOf = new HashMap<>();
        for (T s : sentences) conceptsOf.put(s, ConceptTerms.concepts(textWords.get(s), frequent));
        Map<String, Integer> df = documentFrequency(sentences, articleOf, conceptsOf::get);
        Map<String, Double> weight = new HashMap<>();
        df.forEach((c, n) -> {
            boolean onTopic = !focus.isEmpty() && Arrays.stream(ConceptTerms.wordsOf(c)).anyMatch(focus::contains);
            // what one article alone says is no shared content, unless it is what the reader asked about
            if (n < minDf && !onTopic) return;
            weight.put(c, ConceptTerms.kindWeight(c) * n * (onTopic ? focusWeight : 1));
        });
        if (weight.isEmpty()) return fallback;

        // each sentence as the ids and weights of its shared concepts only: the greedy loop below runs over arrays
        Map<String, Integer> ids = new HashMap<>();
        List<T> left = new ArrayList<>();
        List<int[]> conceptIds = new ArrayList<>();
        List<double[]> conceptWeights = new ArrayList<>();
        for (T s : sentences) {
            List<String> shared = conceptsOf.get(s).stream().filter(weight::containsKey).sorted().toList();
            if (shared.isEmpty()) continue; // adds nothing: it can never be picked
            left.add(s);
            conceptIds.add(shared.stream().mapToInt(c -> ids.computeIfAbsent(c, k -> ids.size())).toArray());
            conceptWeights.add(shared.stream().mapToDouble(weight::get).toArray());
        }
        double[] penalty = left.stream().mapToDouble(s -> Math.pow(Math.max(1, words.applyAsInt(s)), LENGTH_POWER)).toArray();
        boolean[] covered = new boolean[ids.size()];
        for (T k : known) {
            // only concepts of words the unread sentences use often can be weighed at all
            for (String c : ConceptTerms.concepts(wordsOf.apply(k), w -> wordDf.getOrDefault(w, 0) >= minDf)) {
                Integer id = ids.get(c);
                if (id != null) covered[id] = true;
            }
        }
        boolean[] offered = new boolean[left.size()];
        List<T> ordered = new ArrayList<>();
        for (int pick = 0; pick < picks; pick++) {
            int best = -1;
            double bestValue = 0;
            for (int i = 0; i < left.size(); i++) {
                if (offered[i]) continue;
                double gain = 0;
                int[] cs = conceptIds.get(i);
                double[] ws = conceptWeights.get(i);
                for (int k = 0; k < cs.length; k++) if (!covered[cs[k]]) gain += ws[k];
                double value = gain / penalty[i];
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) break;
            offered[best] = true;
            // a sentence turned down covers nothing: its concepts stay to be said by another
            if (!take.test(left.get(best))) continue;
            ordered.add(left.get(best));
            for (int c : conceptIds.get(best)) covered[c] = true;
        }
        Set<T> placed = new HashSet<>(ordered);
        for (T s : fallback) if (placed.add(s)) ordered.add(s);
        return ordered;
    }

    /** In how many articles each item occurs: counted from each article's set once, not from a set per item. */
    private static <T> Map<String, Integer> documentFrequency(List<T> sentences, ToIntFunction<T> articleOf,
                                                              Function<T, ? extends Collection<String>> items) {
        Map<Integer, Set<String>> byArticle = new HashMap<>();
        for (T s : sentences) byArticle.computeIfAbsent(articleOf.applyAsInt(s), k -> new HashSet<>()).addAll(items.apply(s));
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> cs : byArticle.values()) for (String c : cs) df.merge(c, 1, Integer::sum);
        return df;
    }
}
