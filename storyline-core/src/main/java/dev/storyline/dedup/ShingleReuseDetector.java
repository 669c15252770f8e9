package dev.storyline.dedup;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Copied sentences by MinHash over word shingles with LSH banding: a sentence is hashed into bands, sentences
 * that share a band bucket are candidates, and candidates whose signatures agree enough are copies. Each
 * article is compared with the articles before it only; memory is bounded by forgetting the oldest articles.
 */
final class ShingleReuseDetector implements ReuseDetector {
    static final int HASHES = 64;
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    static final int MIN_WORDS = 6;
    static final int MAX_ARTICLES = 50_000;

    private record SentenceRef(int article, int sentence, int chars, long[] signature) {}

    private final DedupSettings settings;
    private final Map<Long, List<SentenceRef>> buckets = new HashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final Map<Integer, List<SentenceRef>> byArticle = new HashMap<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private int forgottenBefore;

    ShingleReuseDetector(DedupSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Reuse> add(AnalyzedArticle article) {
        int me = articleIds.size();
        articleIds.add(article.id());
        indexOf.put(article.id(), me);
        Map<Integer, List<Reuse.SentencePair>> pairs = new LinkedHashMap<>();
        Map<Integer, Integer> copiedChars = new HashMap<>();
        List<SentenceRef> mine = new ArrayList<>();
        int totalChars = 0;
        for (Sentence s : article.sentences()) {
            totalChars += s.text().length();
            long[] signature = signature(s.text());
            if (signature == null) continue;
            SentenceRef ref = new SentenceRef(me, s.index(), s.text().length(), signature);
            Map<Integer, SentenceRef> bestPerArticle = new HashMap<>();
            Map<Integer, Double> bestSim = new HashMap<>();
            for (int b = 0; b < BANDS; b++) {
                for (SentenceRef other : buckets.getOrDefault(bandKey(signature, b), List.of())) {
                    if (other.article() < forgottenBefore || other.article() == me) continue;
                    double sim = agreement(signature, other.signature());
                    if (sim >= settings.sentenceSimilarity() && sim > bestSim.getOrDefault(other.article(), 0.0)) {
                        bestSim.put(other.article(), sim);
                        bestPerArticle.put(other.article(), other);
                    }
                }
            }
            for (Map.Entry<Integer, SentenceRef> e : bestPerArticle.entrySet()) {
                pairs.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new Reuse.SentencePair(s.index(), e.getValue().sentence(), round(bestSim.get(e.getKey()))));
                copiedChars.merge(e.getKey(), s.text().length(), Integer::sum);
            }
            mine.add(ref);
        }
        for (SentenceRef ref : mine) {
            // most buckets hold one sentence: a list sized for one, not the default ten, is a tenth of a live story's heap
            for (int b = 0; b < BANDS; b++) buckets.computeIfAbsent(bandKey(ref.signature(), b), k -> new ArrayList<>(1)).add(ref);
        }
        byArticle.put(me, mine);
        forgetOldest();
        List<Reuse> out = new ArrayList<>();
        int denominator = Math.max(1, totalChars);
        for (Map.Entry<Integer, List<Reuse.SentencePair>> e : pairs.entrySet()) {
            double share = Math.min(1.0, copiedChars.get(e.getKey()) / (double) denominator);
            out.add(new Reuse(article.id(), articleIds.get(e.getKey()), round(share), e.getValue()));
        }
        out.sort(Comparator.comparingDouble(Reuse::share).reversed().thenComparing(Reuse::sourceArticleId));
        return out;
    }

    @Override
    public void forget(Collection<String> ids) {
        for (String id : ids) {
            Integer index = indexOf.get(id);
            if (index != null) unindex(index);
        }
    }

    /** Keeps the index to the most recent articles so memory stays flat on an endless stream. */
    private void forgetOldest() {
        while (articleIds.size() - forgottenBefore > MAX_ARTICLES) {
            unindex(forgottenBefore);
            forgottenBefore++;
        }
    }

    private void unindex(int article) {
        List<SentenceRef> old = byArticle.remove(article);
        if (old != null) {
            for (SentenceRef ref : old) {
                for (int b = 0; b < BANDS; b++) {
                    long key = bandKey(ref.signature(), b);
                    List<SentenceRef> bucket = buckets.get(key);
                    if (bucket != null) {
                        bucket.remove(ref);
                        if (bucket.isEmpty()) buckets.remove(key);
                    }
                }
            }
        }
        String id = articleIds.get(article);
        if (id != null) indexOf.remove(id);
        articleIds.set(article, null);
    }

    /** MinHash signature of a sentence's word shingles, or null when it is too short to tell copying from chance. */
    long[] signature(String sentence) {
        String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> tokens = new ArrayList<>();
        for (String w : words) if (!w.isEmpty()) tokens.add(w);
        if (tokens.size() < MIN_WORDS) return null;
        int k = settings.shingleSize();
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + k <= tokens.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + k; j++) h = mix(h ^ tokens.get(j).hashCode());
            for (int n = 0; n < HASHES; n++) {
                long v = mix(h + 0x9E3779B97F4A7C15L * (n + 1));
                if (v < sig[n]) sig[n] = v;
            }
        }
        return sig;
    }

    private static long bandKey(long[] sig, int band) {
        long h = band * 0x632BE59BD9B4E019L;
        for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[band * ROWS + r]);
        return h;
    }

    private static double agreement(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
