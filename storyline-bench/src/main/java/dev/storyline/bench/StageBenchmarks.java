package dev.storyline.bench;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.RawDocument;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.facts.FactExtractor;
import dev.storyline.settings.Settings;
import dev.storyline.text.SentenceEmbedder;
import dev.storyline.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH: the cost of each per-article stage on dev-stream articles, one article per invocation (cycling).
 * Run: {@code java -cp ... org.openjdk.jmh.Main StageBenchmarks} (see docs/PERFORMANCE.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StageBenchmarks {
    private final ArticleExtractor extractor = ArticleExtractor.standard();
    private final TextAnalyzer analyzer = TextAnalyzer.standard();
    private final FactExtractor facts = FactExtractor.standard();
    private List<RawDocument> raw;
    private List<Article> articles;
    private List<AnalyzedArticle> analyzed;
    private StorySession session;
    private int next;
    private int replay;

    @Setup(Level.Trial)
    public void load() throws IOException, ExtractionException {
        List<DevCorpus.Item> corpus = DevCorpus.load(Path.of(System.getProperty("storyline.data", "../shared/data")));
        raw = new ArrayList<>();
        articles = new ArrayList<>();
        analyzed = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            RawDocument doc = DevCorpus.replayed(corpus, i);
            raw.add(doc);
            Article a = extractor.extract(doc);
            articles.add(a);
            analyzed.add(analyzer.analyze(a));
        }
        session = new Storyline(Settings.DEFAULTS).session();
    }

    private int cycle() {
        next = (next + 1) % raw.size();
        return next;
    }

    @Benchmark
    public Article extract() throws ExtractionException {
        return extractor.extract(raw.get(cycle()));
    }

    @Benchmark
    public AnalyzedArticle text() {
        return analyzer.analyze(articles.get(cycle()));
    }

    @Benchmark
    public Object facts() {
        return facts.extract(analyzed.get(cycle()));
    }

    @Benchmark
    public float[] embedTitleAndLead() {
        AnalyzedArticle a = analyzed.get(cycle());
        String lead = a.sentences().isEmpty() ? "" : a.sentences().get(0).text();
        return SentenceEmbedder.get().embed(a.article().title() + ". " + lead);
    }

    /** One arrival on a growing session (text, facts, dedup, cluster): replayed copies get fresh ids so every call is new. */
    @Benchmark
    public Object sessionAdd() {
        int i = cycle();
        if (i == 0) replay++;
        Article a = articles.get(i);
        Article fresh = new Article(a.id() + "#" + replay, a.source(), a.url(), a.title(), a.outlet(), a.byline(),
                a.published() == null ? null : a.published().plusYears(10L * replay), a.dates(), a.text(), a.removed(),
                a.contentHash() + replay);
        return session.add(fresh);
    }
}
