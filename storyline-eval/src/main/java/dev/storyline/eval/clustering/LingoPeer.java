package dev.storyline.eval.clustering;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Carrot2's Lingo as an off-the-shelf peer. Lingo is a batch algorithm for search-result snippets: it sees the
 * whole set at once (an advantage over the one-pass systems) and reads each article's title and lead, as it was
 * built to. Its clusters may overlap and leave articles out; for a partition each article goes to the
 * highest-scoring cluster that holds it, and an article in none stands alone.
 */
public final class LingoPeer {
    static final int LEAD_CHARS = 600;

    private LingoPeer() {}

    /** Cluster label of each item, in item order. */
    static List<String> cluster(List<DucStream.Item> items, int desiredClusters) throws IOException {
        return cluster(items.stream().map(DucStream.Item::title).toList(), items.stream().map(DucStream.Item::text).toList(),
                desiredClusters);
    }

    /** Cluster label of each document given as title and text, in order. */
    public static List<String> cluster(List<String> titles, List<String> texts, int desiredClusters) throws IOException {
        LanguageComponents english = LanguageComponents.loader().load().language("English");
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        lingo.desiredClusterCount.set(desiredClusters);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) snippets.add(new Snippet(i, titles.get(i), texts.get(i)));
        List<Cluster<Snippet>> clusters = new ArrayList<>(lingo.cluster(snippets.stream(), english));
        clusters.sort((a, b) -> Double.compare(score(b), score(a)));
        Map<Integer, String> label = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (Snippet s : flatten(clusters.get(c))) label.putIfAbsent(s.index, "lingo-" + c);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) out.add(label.getOrDefault(i, "alone-" + i));
        return out;
    }

    private static double score(Cluster<?> c) {
        return c.getScore() == null ? 0 : c.getScore();
    }

    private static List<Snippet> flatten(Cluster<Snippet> cluster) {
        List<Snippet> all = new ArrayList<>(cluster.getDocuments());
        for (Cluster<Snippet> sub : cluster.getClusters()) all.addAll(flatten(sub));
        return all;
    }

    private record Snippet(int index, String title, String text) implements Document {
        @Override
        public void visitFields(BiConsumer<String, String> fields) {
            fields.accept("title", title);
            fields.accept("content", text.length() <= LEAD_CHARS ? text : text.substring(0, LEAD_CHARS));
        }
    }
}
