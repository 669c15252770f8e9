package dev.storyline.eval.summarization;

import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-N and ROUGE-SU as ROUGE-1.5.5 computes them: lower-case, non-alphanumerics to spaces, a word or byte
 * limit, stemming with WordNet's irregular forms then Porter (-m), stop words kept, clipped n-gram counts,
 * and several references combined by pooling their counts (-f A). Checked against official ROUGE-1.5.5 output
 * on every run of the summarization task ({@code RougeCheck}) and in {@code EvalSmokeTest}.
 */
public final class Rouge {
    /** Recall, precision, F (alpha 0.5). */
    public record Score(double recall, double precision, double f) {
        static Score of(double hit, double refCount, double peerCount) {
            double r = refCount == 0 ? 0 : hit / refCount;
            double p = peerCount == 0 ? 0 : hit / peerCount;
            return new Score(r, p, r + p == 0 ? 0 : 2 * r * p / (r + p));
        }
    }

    /**
     * @param wordLimit keep the first N tokens (0 = no limit), as -l
     * @param byteLimit keep tokens while their running byte count stays within N (0 = no limit), as -b
     * @param stem      WordNet exceptions then Porter, as -m
     */
    public record Options(int wordLimit, int byteLimit, boolean stem) {
        public static final Options WORDS_100 = new Options(100, 0, true);
        public static final Options BYTES_665 = new Options(0, 665, true);
        public static final Options WORDS_250 = new Options(250, 0, true);
    }

    private final Map<String, String> exceptions;
    private final Options options;

    public Rouge(Map<String, String> exceptions, Options options) {
        this.exceptions = exceptions;
        this.options = options;
    }

    /** WordNet 2.0 exception lists (*.exc: inflected form, then base form). */
    public static Map<String, String> loadExceptions(Path dir) {
        Map<String, String> map = new HashMap<>();
        for (String pos : List.of("adj", "adv", "noun", "verb")) {
            Path f = dir.resolve(pos + ".exc");
            if (!Files.exists(f)) continue;
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length >= 2) map.put(parts[0], parts[1]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }

    /**
     * The limit counts the summary's own words (split on white space) before normalisation, as ROUGE-1.5.5
     * truncates the text it reads; then the kept text is lower-cased, non-alphanumerics become spaces, and the
     * tokens are stemmed.
     */
    public List<String> tokens(String text) {
        // -b cuts the text read, line by line, at the byte budget (mid-word if need be), as ROUGE-1.5.5 does
        if (options.byteLimit() > 0) {
            StringBuilder cut = new StringBuilder();
            int count = 0;
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) continue;
                if (count + l.length() > options.byteLimit()) {
                    cut.append(l, 0, Math.max(0, options.byteLimit() - count));
                    break;
                }
                count += l.length();
                cut.append(l).append(' ');
            }
            text = cut.toString();
        }
        String[] raw = text.strip().split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < raw.length; i++) {
            if (options.wordLimit() > 0 && i >= options.wordLimit()) break;
            kept.append(raw[i]).append(' ');
        }
        String norm = kept.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", " ");
        List<String> out = new ArrayList<>();
        for (String t : norm.trim().split("\\s+")) {
            if (t.isEmpty()) continue;
            out.add(options.stem() ? stem(t) : t);
        }
        return out;
    }

    /**
     * ROUGE-1.5.5's MorphStem: words of more than three characters become their WordNet base form if they are
     * irregular (as is, not stemmed further: "said" is "say" while "says" is "sai"), else their Porter stem with
     * the original algorithm (Lucene's port, which agrees with ROUGE's Perl Porter more often than Snowball's).
     */
    private String stem(String t) {
        if (t.length() <= 3 || !Character.isLetterOrDigit(t.charAt(0))) return t;
        String base = exceptions.get(t);
        return base != null ? base : PORTER.computeIfAbsent(t, Rouge::porter);
    }

    private static final Map<String, String> PORTER = new ConcurrentHashMap<>();

    private static String porter(String word) {
        try (KeywordTokenizer tokenizer = new KeywordTokenizer(); PorterStemFilter filter = new PorterStemFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(word));
            CharTermAttribute term = filter.addAttribute(CharTermAttribute.class);
            filter.reset();
            filter.incrementToken();
            String stem = term.toString();
            filter.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jackknifing over the references, as NIST's official DUC scores: the mean of the scores against every
     * set that leaves one reference out. With a single reference it is the plain score.
     */
    public Score jackknife(List<String> peer, List<List<String>> refs, java.util.function.BiFunction<List<String>, List<List<String>>, Score> metric) {
        if (refs.size() < 2) return metric.apply(peer, refs);
        double r = 0;
        double p = 0;
        double f = 0;
        for (int leave = 0; leave < refs.size(); leave++) {
            List<List<String>> subset = new ArrayList<>(refs);
            subset.remove(leave);
            Score s = metric.apply(peer, subset);
            r += s.recall();
            p += s.precision();
            f += s.f();
        }
        int k = refs.size();
        return new Score(r / k, p / k, f / k);
    }

    public Score rougeN(List<String> peer, List<List<String>> refs, int n) {
        Map<String, Integer> p = ngrams(peer, n);
        return pooled(p, refs.stream().map(r -> ngrams(r, n)).toList());
    }

    /**
     * Skip-bigrams with at most {@code maxSkip} words between the pair, plus unigrams (ROUGE-SU4 for 4). ROUGE-1.5.5
     * adds the unigrams inside its pair loop, which stops before the last token, so the last token's unigram is
     * never counted; the official scores are only matched by doing the same (the per-cluster hits and counts
     * of rouge-check/ come out as whole numbers only then).
     */
    public Score rougeSU(List<String> peer, List<List<String>> refs, int maxSkip) {
        return pooled(skipBigrams(peer, maxSkip), refs.stream().map(r -> skipBigrams(r, maxSkip)).toList());
    }

    private static Score pooled(Map<String, Integer> peer, List<Map<String, Integer>> refs) {
        double hit = 0;
        double refCount = 0;
        double peerCount = 0;
        int peerTotal = peer.values().stream().mapToInt(Integer::intValue).sum();
        for (Map<String, Integer> ref : refs) {
            for (Map.Entry<String, Integer> e : ref.entrySet()) {
                hit += Math.min(e.getValue(), peer.getOrDefault(e.getKey(), 0));
                refCount += e.getValue();
            }
            peerCount += peerTotal;
        }
        return Score.of(hit, refCount, peerCount);
    }

    static Map<String, Integer> ngrams(List<String> t, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= t.size(); i++) m.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
        return m;
    }

    static Map<String, Integer> skipBigrams(List<String> t, int maxSkip) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < t.size() - 1; i++) {
            m.merge(t.get(i), 1, Integer::sum);
            for (int j = i + 1; j < t.size() && j - i - 1 <= maxSkip; j++) m.merge(t.get(i) + " " + t.get(j), 1, Integer::sum);
        }
        return m;
    }
}
