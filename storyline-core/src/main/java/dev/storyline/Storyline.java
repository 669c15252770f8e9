package dev.storyline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.corroborate.Corroborator;
import dev.storyline.dedup.ReuseDetector;
import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Provenance;
import dev.storyline.domain.RawDocument;
import dev.storyline.domain.Rejection;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.Summary;
import dev.storyline.domain.TimelineEvent;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.facts.FactExtractor;
import dev.storyline.facts.NameTagger;
import dev.storyline.ingest.DocumentSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.settings.Settings;
import dev.storyline.summarize.Summarizer;
import dev.storyline.text.TextAnalyzer;
import dev.storyline.timeline.EventDating;
import dev.storyline.timeline.TimelineBuilder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The table of contents of Storyline: each method is one stage of the recipe
 * ingest → extract/clean → text → dedup → cluster → facts → corroborate → summarize → timeline.
 * Thread-safe: per-stream state (reuse, clustering) lives only inside one {@link #run} call.
 */
public final class Storyline {
    public static final String VERSION = "0.1.0";

    private final Settings settings;
    private final Ingester ingester;
    private final ArticleExtractor extractor;
    private final TextAnalyzer analyzer = TextAnalyzer.standard();
    private final FactExtractor factExtractor;
    private final Corroborator corroborator;
    private final Summarizer summarizer;
    private final TimelineBuilder timelineBuilder = TimelineBuilder.standard();

    public Storyline(Settings settings) {
        this.settings = settings;
        this.corroborator = Corroborator.standard(settings.corroboration());
        this.ingester = new Ingester(settings.ingest());
        this.extractor = ArticleExtractor.standard(settings.extraction());
        this.summarizer = Summarizer.standard(settings.summary());
        this.factExtractor = FactExtractor.standard(settings.facts());
    }

    public Settings settings() { return settings; }

    /** Ingest: reads files and folders into raw documents; unreadable inputs go to the sink as rejections. */
    public void read(List<Path> paths, DocumentSink sink) {
        ingester.ingest(paths, sink);
    }

    /**
     * Ingest and extract together: the articles in these files and folders, in reading order; an input that cannot
     * be read, or holds no article, goes to {@code rejected}.
     */
    public List<Article> articles(List<Path> paths, Consumer<Rejection> rejected) {
        List<Article> articles = new ArrayList<>();
        read(paths, new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                try {
                    articles.add(extract(document));
                } catch (ExtractionException e) {
                    rejected.accept(new Rejection(document.source(), e.getMessage()));
                }
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.accept(rejection);
            }
        });
        return articles;
    }

    /** Extract and clean: main text, boilerplate removed (and kept), metadata; refused past the article size limit. */
    public Article extract(RawDocument document) throws ExtractionException {
        int max = settings.ingest().maxArticleChars();
        // plain text is its article and its boilerplate lines, which are rarely most of a page (a page of related
        // links can be): four times the limit is refused before any reading, so that a book-sized text costs its
        // sender an answer, not minutes of the pipeline; under that the extracted text is measured
        if (document.format() == RawDocument.Format.TEXT && document.content().length() > (long) max * UNREAD_FACTOR) {
            throw tooLong(document.content().length(), max);
        }
        Article article = extractor.extract(document);
        if (article.text().length() > max) throw tooLong(article.text().length(), max);
        return article;
    }

    static final int UNREAD_FACTOR = 4;

    private static ExtractionException tooLong(int chars, int max) {
        return new ExtractionException(String.format(java.util.Locale.ROOT, "the article's text is %,d characters, more than "
                + "the %,d an article may have (ingest.maxArticleChars): split it, or raise the limit", chars, max));
    }

    /** The rest of the recipe, over a set of articles taken in publication order. */
    public StoryRun run(List<Article> articles) {
        return session(articles).snapshot();
    }

    /** An online session that has taken these articles in publication order, ready for more to arrive. */
    public StorySession session(List<Article> articles) {
        StorySession session = session();
        session.addAll(inArrivalOrder(articles));
        return session;
    }

    /** An online session: articles arrive one by one (or in batches) and stories stay current. */
    public StorySession session() {
        return new StorySession(this, ReuseDetector.create(settings.dedup()), StoryClusterer.create(settings.cluster()));
    }

    /** Text: sentences with offsets and analysed terms. */
    AnalyzedArticle analyze(Article article) {
        return analyzer.analyze(article);
    }

    /** Facts: entities, quantities, time expressions, attributions. */
    ArticleFacts facts(AnalyzedArticle article) {
        return factExtractor.extract(article);
    }

    /** Corroborate, summarize and date one story: its timeline, and the day of its event for each member. */
    Story tell(StoryMaterial material, Provenance provenance, StageTimings timings) {
        long t0 = System.nanoTime();
        List<Claim> claims = corroborator.corroborate(material);
        long t1 = System.nanoTime();
        Summary summary = summarizer.summarize(material, claims);
        long t2 = System.nanoTime();
        EventDating.Dates dates = EventDating.date(material.articles(), settings.cluster().dateConfidence());
        List<TimelineEvent> timeline = timelineBuilder.build(material, dates.members());
        timings.add("corroborate", t1 - t0);
        timings.add("summarize", t2 - t1);
        timings.add("timeline", System.nanoTime() - t2);
        return new Story(material.storyId(), material.storylineId(), material.articles().stream().map(AnalyzedArticle::id).toList(),
                summary, claims, timeline, material.assignments(), List.of(), List.of(), provenance, dates.story(), dates.members());
    }

    /**
     * Summarize for a returning reader: what the story's articles published on or after {@code since} add to what
     * they saw before (CLI {@code show --since}, API {@code ?since=}). The members are analysed again from
     * {@code articles}; the story's claims are reused.
     */
    public Summary update(Story story, Map<String, Article> articles, LocalDate since) {
        return update(story, articles, since, null);
    }

    /** {@link #update(Story, Map, LocalDate)} focused on a query (CLI {@code show --since DAY --query TEXT}). */
    public Summary update(Story story, Map<String, Article> articles, LocalDate since, String query) {
        return summarizer.update(material(story, articles), story.claims(), since, query);
    }

    /** The story's summary focused on a query, a topic or a question (CLI {@code show --query}, API {@code ?query=}). */
    public Summary focus(Story story, Map<String, Article> articles, String query) {
        return summarizer.summarize(material(story, articles), story.claims(), query);
    }

    /**
     * One summary of several stories (a storyline's, API {@code /api/storylines/{id}}): their articles together,
     * what is new since a day when {@code since} is given, focused on {@code query} when it is given.
     */
    public Summary summarize(String id, List<Story> stories, Map<String, Article> articles, LocalDate since, String query) {
        List<AnalyzedArticle> members = new ArrayList<>();
        List<ArticleFacts> memberFacts = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Story story : stories) {
            StoryMaterial m = material(story, articles);
            members.addAll(m.articles());
            memberFacts.addAll(m.facts());
            claims.addAll(story.claims());
        }
        StoryMaterial material = new StoryMaterial(id, id, members, memberFacts, List.of(), List.of());
        if (since != null) return summarizer.update(material, claims, since, query);
        return query == null ? summarizer.summarize(material, claims) : summarizer.summarize(material, claims, query);
    }

    /** A stored story's members analysed again from {@code articles}, with their facts. */
    private StoryMaterial material(Story story, Map<String, Article> articles) {
        List<AnalyzedArticle> members = new ArrayList<>();
        List<ArticleFacts> memberFacts = new ArrayList<>();
        for (String id : story.articleIds()) {
            Article a = articles.get(id);
            if (a == null) continue;
            AnalyzedArticle analyzed = analyze(a);
            members.add(analyzed);
            memberFacts.add(facts(analyzed));
        }
        return new StoryMaterial(story.id(), story.storylineId(), members, memberFacts, List.of(), List.of());
    }

    /**
     * Time order of a pile: by publication day, or for a page without one by the day of its event when the page
     * gives that (a crawl stamp, a date in the prose); undated articles after dated ones, each group in input
     * order (the sort is stable). Dated pages first let each event's story exist before the undated pages that
     * could fit two events of a topic choose between them.
     */
    public static List<Article> inArrivalOrder(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Storyline::when, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return sorted;
    }

    private static LocalDate when(Article a) {
        if (a.published() != null) return a.published();
        return a.eventDate() == null ? null : a.eventDate().date();
    }

    /**
     * Where story assignment takes its bilingual dictionaries from. The folder, not its files: what a machine has
     * installed there is the machine's, as a model file is, and the eval reports name the files it read.
     */
    private String dictionaries() {
        String folder = settings.cluster().dictionaries();
        return settings.cluster().glossWeight() == 0 || folder == null ? "none" : "FreeDict (dictd) in " + folder;
    }

    public Provenance provenance() {
        Map<String, String> models = new LinkedHashMap<>();
        models.put("sentences", "opennlp-models-sentdetect-en 1.3.0 (" + dev.storyline.text.TextAnalyzer.SENTENCE_MODEL + ")");
        models.put("terms", "lucene EnglishAnalyzer chain + CJKBigramFilter 9.12.3");
        models.put("embeddings", dev.storyline.text.SentenceEmbedder.MODEL_NAME);
        String attributions = settings.facts().attributionModel();
        models.put("attributions", attributions == null ? "rules" : "AttributionTagger " + attributions);
        String entities = settings.facts().entityModel();
        if (entities != null) models.put("entities", NameTagger.find(entities).map(NameTagger::description).orElse(entities));
        models.put("dictionaries", dictionaries());
        return new Provenance(VERSION, settings.fingerprint(), models);
    }
}
