package dev.storyline.bench;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.eval.clustering.TfIdfSinglePass;
import dev.storyline.eval.extraction.ExtractionEval;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import net.dankito.readability4j.Readability4J;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The peers the issue asks for beside Storyline in the same run: a plain single-pass TF-IDF clusterer over the
 * same replayed articles (clustering only: no facts, no summaries), and the extraction stage against boilerpipe
 * and Readability4J on the same real pages (AEB dev).
 */
final class PeersRun {
    record Result(String system, String work, int items, double seconds) {
        double perSecond() { return items / seconds; }
    }

    static final double TFIDF_THRESHOLD = 0.3;

    private PeersRun() {}

    static List<Result> run(Path dataDir, List<DevCorpus.Item> corpus, int articles) throws Exception {
        List<Result> out = new ArrayList<>();
        TfIdfSinglePass tfidf = new TfIdfSinglePass(TFIDF_THRESHOLD);
        long t0 = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            DevCorpus.Item item = corpus.get(i % corpus.size());
            tfidf.add(item.title() + "\n\n" + item.text());
        }
        out.add(new Result("TF-IDF single pass (threshold " + TFIDF_THRESHOLD + ", scans every cluster)",
                "cluster replayed articles", articles, (System.nanoTime() - t0) / 1e9));

        List<ExtractionEval.Page> pages = ExtractionEval.load(dataDir.resolve("extraction/aeb-dev"), Integer.MAX_VALUE);
        ArticleExtractor storyline = ArticleExtractor.standard();
        Map<String, Function<ExtractionEval.Page, String>> extractors = new LinkedHashMap<>();
        extractors.put("Storyline extraction", p -> {
            try {
                return storyline.extract(new RawDocument(p.url(), RawDocument.Format.HTML, p.html(),
                        new DocumentHints(null, p.url(), null, null, null))).text();
            } catch (ExtractionException e) {
                return "";
            }
        });
        extractors.put("boilerpipe ArticleExtractor 1.2.2", p -> {
            try {
                return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p.html());
            } catch (Exception e) {
                return "";
            }
        });
        extractors.put("Readability4J 1.0.8", p -> {
            String t = new Readability4J(p.url() == null ? "https://example.org/" : p.url(), p.html()).parse().getTextContent();
            return t == null ? "" : t;
        });
        for (Map.Entry<String, Function<ExtractionEval.Page, String>> e : extractors.entrySet()) {
            for (ExtractionEval.Page p : pages) e.getValue().apply(p); // warm-up round
            long start = System.nanoTime();
            int rounds = 3;
            for (int r = 0; r < rounds; r++) for (ExtractionEval.Page p : pages) e.getValue().apply(p);
            out.add(new Result(e.getKey(), "extract AEB dev pages", pages.size() * rounds, (System.nanoTime() - start) / 1e9));
        }
        return out;
    }
}
