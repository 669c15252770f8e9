package dev.storyline.eval.clustering;

import dev.storyline.StorySession;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.eval.EvalTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the clusterer's features can separate the gold topics at all, whatever the algorithm: two systems
 * that are allowed what Storyline is not, over the same article representation (TF-IDF of title twice and body
 * terms, the lead's MiniLM embedding, mixed like the storyline link).
 * <ul>
 *   <li>a <em>supervised oracle</em> that knows every other article's gold topic, looks ahead over the whole
 *   stream, and puts each article in the topic whose centroid is most like it (leave-one-out);</li>
 *   <li><em>offline average-linkage</em> clustering of the whole stream, cut where it scores best against gold.</li>
 * </ul>
 * If the oracle cannot reach a figure, no one-pass clusterer that groups by similarity to these representations
 * can: the figure then asks for other features, not another threshold.
 */
final class ClusteringCeilings {
    /** Text shares of the similarity: text alone, and the storyline link's default mix. */
    static final double[] TEXT_WEIGHTS = {1.0, 0.75};

    private ClusteringCeilings() {}

    static EvalTable table(List<StorySession.Prepared> prepared, List<String> gold) {
        // an article that could not be extracted stands alone, as in the one-pass runs
        List<StorySession.Prepared> extracted = new ArrayList<>();
        List<String> extractedGold = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            if (prepared.get(i) == null) continue;
            extracted.add(prepared.get(i));
            extractedGold.add(gold.get(i));
        }
        List<Map<String, Double>> text = tfidf(extracted);
        List<List<String>> rows = new ArrayList<>();
        for (double w : TEXT_WEIGHTS) {
            double[][] sim = similarities(text, extracted, w);
            String mix = w == 1.0 ? "TF-IDF" : ClusteringEval.f2(w) + " TF-IDF + " + ClusteringEval.f2(1 - w) + " MiniLM";
            rows.add(row("Supervised nearest-topic oracle (" + mix + ")",
                    ClusterMetrics.score(withUnextracted(nearestTopic(sim, extractedGold), prepared), gold)));
            rows.add(row("Offline average linkage, best cut (" + mix + ")",
                    ClusterMetrics.score(withUnextracted(bestCut(sim, extractedGold), prepared), gold)));
        }
        return new EvalTable("Ceilings of the features: systems that know more than a one-pass clusterer",
                List.of("system", "BCubed P", "BCubed R", "BCubed F1", "clusters"), rows);
    }

    private static List<String> withUnextracted(List<String> labels, List<StorySession.Prepared> prepared) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < prepared.size(); i++) out.add(prepared.get(i) == null ? "unextracted-" + i : labels.get(next++));
        return out;
    }

    /** Each article's TF-IDF vector (title terms counted twice, log tf, IDF over the whole stream), unit length. */
    static List<Map<String, Double>> tfidf(List<StorySession.Prepared> prepared) {
        List<Map<String, Double>> tfs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (StorySession.Prepared p : prepared) {
            Map<String, Double> tf = termFrequencies(p.analyzed());
            tfs.add(tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = prepared.size();
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Double> tf : tfs) {
            Map<String, Double> v = new HashMap<>();
            tf.forEach((t, f) -> v.put(t, (1 + Math.log(f)) * Math.log((n + 20.0) / (df.get(t) + 1))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0) v.replaceAll((k, x) -> x / norm);
            out.add(v);
        }
        return out;
    }

    private static Map<String, Double> termFrequencies(AnalyzedArticle a) {
        Map<String, Double> tf = new HashMap<>();
        for (String t : a.titleTerms()) tf.merge(t, 2.0, Double::sum);
        for (Sentence s : a.sentences()) for (String t : s.terms()) tf.merge(t, 1.0, Double::sum);
        return tf;
    }

    /** w · TF-IDF cosine + (1 − w) · embedding cosine between every two articles; 1 on the diagonal. */
    static double[][] similarities(List<Map<String, Double>> text, List<StorySession.Prepared> prepared, double w) {
        int n = text.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double s = w * TfIdfSinglePass.dot(text.get(i), text.get(j));
                if (w < 1) {
                    s += (1 - w) * cosine(prepared.get(i).embedding(), prepared.get(j).embedding());
                }
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        return sim;
    }

    /**
     * Each article to the gold topic whose centroid, without the article itself, is most like it. Centroid cosine
     * from the similarities alone: the sum over the topic's members divided by the length of their sum.
     */
    static List<String> nearestTopic(double[][] sim, List<String> gold) {
        int n = gold.size();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) members.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
        Map<String, Double> selfSum = new HashMap<>();
        members.forEach((topic, m) -> {
            double s = 0;
            for (int a : m) for (int b : m) s += sim[a][b];
            selfSum.put(topic, s);
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String best = gold.get(i);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
                double toTopic = 0;
                for (int j : e.getValue()) toTopic += sim[i][j];
                double self = selfSum.get(e.getKey());
                if (gold.get(i).equals(e.getKey())) {
                    toTopic -= sim[i][i];
                    self -= 2 * (toTopic + sim[i][i]) - sim[i][i];
                }
                if (self <= 1e-12) continue; // a topic of this article alone has nothing left to compare with
                double score = toTopic / Math.sqrt(self);
                if (score > bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * Average-linkage agglomeration of all articles, scored against gold after every merge: the partition with
     * the best BCubed F1.
     */
    static List<String> bestCut(double[][] sim, List<String> gold) {
        int n = gold.size();
        double[][] sum = new double[n][];
        for (int i = 0; i < n; i++) sum[i] = sim[i].clone();
        int[] size = new int[n];
        int[] label = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            label[i] = i;
            alive[i] = true;
        }
        List<String> best = labels(label);
        double bestF1 = ClusterMetrics.score(best, gold).bcubedF1();
        for (int clusters = n; clusters > 1; clusters--) {
            int bi = -1;
            int bj = -1;
            double bv = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) continue;
                for (int j = i + 1; j < n; j++) {
                    if (!alive[j]) continue;
                    double v = sum[i][j] / ((double) size[i] * size[j]);
                    if (v > bv) {
                        bv = v;
                        bi = i;
                        bj = j;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                sum[bi][k] += sum[bj][k];
                sum[k][bi] = sum[bi][k];
            }
            size[bi] += size[bj];
            alive[bj] = false;
            for (int k = 0; k < n; k++) if (label[k] == bj) label[k] = bi;
            List<String> partition = labels(label);
            double f1 = ClusterMetrics.score(partition, gold).bcubedF1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = partition;
            }
        }
        return best;
    }

    private static List<String> labels(int[] label) {
        List<String> out = new ArrayList<>(label.length);
        for (int l : label) out.add(String.valueOf(l));
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double d = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.length; k++) {
            d += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        return na == 0 || nb == 0 ? 0 : d / Math.sqrt(na * nb);
    }

    private static List<String> row(String system, ClusterMetrics.Scores s) {
        return List.of(system, ClusteringEval.f3(s.bcubedP()), ClusteringEval.f3(s.bcubedR()),
                ClusteringEval.f3(s.bcubedF1()), String.valueOf(s.predicted()));
    }
}
