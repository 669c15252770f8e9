package dev.storyline.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark's metric, exactly as its README defines it: \w+ tokens, 4-gram shingles
 * with counts, per-page tp/fp/fn normalised by their sum, precision and recall averaged over the pages where
 * they are defined, F1 of the averages, accuracy = share of pages whose token lists are equal.
 */
public final class ShingleMetric {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One page's normalised counts (and whether its tokens match the gold's exactly). */
    public record Page(double tp, double fp, double fn, boolean exact) {
        /** This page's own F1, with the metric's conventions for empty texts: what "a page at F1 0" means. */
        public double f1() {
            if (fp == 0 && fn == 0) return 1;
            double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public record Scores(double precision, double recall, double f1, double accuracy, double f1Std) {}

    private ShingleMetric() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        if (tokens.isEmpty()) return m;
        if (tokens.size() < 4) {
            m.put(String.join(" ", tokens), 1);
            return m;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) m.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
        return m;
    }

    public static Page page(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<String, Integer> gs = shingles(g);
        Map<String, Integer> ps = shingles(p);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : ps.entrySet()) {
            int gc = gs.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<String, Integer> e : gs.entrySet()) fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Page(tp, fp, fn, g.equals(p));
    }

    public static Scores score(List<Page> pages, long seed) {
        double[] prf = prf(pages);
        SplittableRandom r = new SplittableRandom(seed);
        double sum = 0;
        double sumSq = 0;
        int resamples = 1000;
        for (int b = 0; b < resamples; b++) {
            List<Page> sample = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) sample.add(pages.get(r.nextInt(pages.size())));
            double f = prf(sample)[2];
            sum += f;
            sumSq += f * f;
        }
        double mean = sum / resamples;
        double std = Math.sqrt(Math.max(0, sumSq / resamples - mean * mean));
        double accuracy = pages.stream().filter(Page::exact).count() / (double) Math.max(1, pages.size());
        return new Scores(prf[0], prf[1], prf[2], accuracy, std);
    }

    /** The benchmark's F1 of these pages, without the bootstrap. */
    public static double f1(List<Page> pages) {
        return prf(pages)[2];
    }

    private static double[] prf(List<Page> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Page x : pages) {
            double precision;
            double recall;
            if (x.fp() == 0 && x.fn() == 0) {
                precision = 1;
                recall = 1;
            } else {
                precision = x.tp() + x.fp() == 0 ? 0 : x.tp() / (x.tp() + x.fp());
                recall = x.tp() + x.fn() == 0 ? 0 : x.tp() / (x.tp() + x.fn());
            }
            if (x.tp() + x.fp() > 0 || (x.fp() == 0 && x.fn() == 0)) { p += precision; np++; }
            if (x.tp() + x.fn() > 0 || (x.fp() == 0 && x.fn() == 0)) { r += recall; nr++; }
        }
        double pa = np == 0 ? 0 : p / np;
        double ra = nr == 0 ? 0 : r / nr;
        return new double[]{pa, ra, pa + ra == 0 ? 0 : 2 * pa * ra / (pa + ra)};
    }
}
