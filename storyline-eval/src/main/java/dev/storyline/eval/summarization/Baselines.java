package dev.storyline.eval.summarization;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.text.SparseVectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The classic extractive baselines, run beside Storyline on the same analysed sentences: LEAD (the most recent
 * document's first sentences), random sentences (seeded), centroid (TF-IDF closeness to the cluster centroid,
 * Radev et al.) and LexRank (PageRank over the cosine graph, Erkan and Radev), each filled to a word budget.
 */
final class Baselines {
    static final double LEXRANK_THRESHOLD = 0.1;
    static final double DAMPING = 0.85;
    static final double REDUNDANT = 0.5;

    private Baselines() {}

    static String lead(List<AnalyzedArticle> docs, int words) {
        AnalyzedArticle latest = docs.stream().max(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(AnalyzedArticle::id)).orElseThrow();
        return fill(latest.sentences(), words, false, null);
    }

    static String random(List<AnalyzedArticle> docs, int words, long seed) {
        List<Sentence> all = all(docs);
        List<Sentence> shuffled = new ArrayList<>(all);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Sentence t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        return fill(shuffled, words, false, null);
    }

    static String centroid(List<AnalyzedArticle> docs, int words) {
        List<Sentence> all = all(docs);
        Map<String, Double> idf = idf(docs);
        Map<String, Double> centroid = new HashMap<>();
        List<Map<String, Double>> vectors = all.stream().map(s -> vector(s.terms(), idf)).toList();
        vectors.forEach(v -> v.forEach((t, w) -> centroid.merge(t, w, Double::sum)));
        normalise(centroid);
        Map<Sentence, Double> score = new HashMap<>();
        for (int i = 0; i < all.size(); i++) score.put(all.get(i), cosine(vectors.get(i), centroid));
        return ranked(all, score::get, words, idf);
    }

    static String lexRank(List<AnalyzedArticle> docs, int words) {
        List<Sentence> all = all(docs);
        Map<String, Double> idf = idf(docs);
        List<Map<String, Double>> v = all.stream().map(s -> vector(s.terms(), idf)).toList();
        int n = all.size();
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> e = new ArrayList<>();
            for (int j = 0; j < n; j++) if (i != j && cosine(v.get(i), v.get(j)) >= LEXRANK_THRESHOLD) e.add(j);
            edges.add(e);
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int iter = 0; iter < 50; iter++) {
            double[] next = new double[n];
            java.util.Arrays.fill(next, (1 - DAMPING) / n);
            for (int i = 0; i < n; i++) {
                if (edges.get(i).isEmpty()) continue;
                double share = DAMPING * rank[i] / edges.get(i).size();
                for (int j : edges.get(i)) next[j] += share;
            }
            rank = next;
        }
        Map<Sentence, Double> score = new HashMap<>();
        for (int i = 0; i < n; i++) score.put(all.get(i), rank[i]);
        return ranked(all, score::get, words, idf);
    }

    private static String ranked(List<Sentence> all, ToDoubleFunction<Sentence> score, int words, Map<String, Double> idf) {
        List<Sentence> order = new ArrayList<>(all);
        order.sort(Comparator.comparingDouble((Sentence s) -> -score.applyAsDouble(s)).thenComparing(Sentence::articleId)
                .thenComparingInt(Sentence::index));
        return fill(order, words, true, idf);
    }

    /** Takes sentences in order until the budget is reached, skipping repeats when asked. */
    private static String fill(List<Sentence> order, int words, boolean skipRedundant, Map<String, Double> idf) {
        List<Sentence> chosen = new ArrayList<>();
        int count = 0;
        for (Sentence s : order) {
            int w = s.text().split("\\s+").length;
            if (w < 5) continue;
            if (skipRedundant && chosen.stream().anyMatch(c -> cosine(vector(c.terms(), idf), vector(s.terms(), idf)) >= REDUNDANT)) continue;
            chosen.add(s);
            count += w;
            if (count >= words) break;
        }
        StringBuilder b = new StringBuilder();
        for (Sentence s : chosen) b.append(s.text()).append('\n');
        return b.toString();
    }

    static List<Sentence> all(List<AnalyzedArticle> docs) {
        List<Sentence> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(d.sentences()));
        return all;
    }

    static Map<String, Double> idf(List<AnalyzedArticle> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (AnalyzedArticle d : docs) {
            java.util.Set<String> seen = new HashSet<>();
            d.sentences().forEach(s -> seen.addAll(s.terms()));
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, f) -> idf.put(t, Math.log(1 + (docs.size() + 1.0) / f)));
        return idf;
    }

    static Map<String, Double> vector(List<String> terms, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) v.merge(t, 1.0, Double::sum);
        v.replaceAll((t, f) -> (1 + Math.log(f)) * (idf == null ? 1 : idf.getOrDefault(t, 1.0)));
        normalise(v);
        return v;
    }

    static void normalise(Map<String, Double> v) {
        double n = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (n > 0) v.replaceAll((k, x) -> x / n);
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return SparseVectors.dot(a, b);
    }
}
