package dev.storyline.eval.summarization;

import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Citation;
import dev.storyline.domain.Story;
import dev.storyline.domain.StoryRun;
import dev.storyline.domain.SummarySentence;
import dev.storyline.settings.Settings;
import dev.storyline.text.SentenceEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Citation precision: does every article a summary sentence cites carry that sentence or a close paraphrase?
 * Checked with a measure independent of the one that made the citation (TF-IDF cosine of analysed terms): the
 * citation's offsets must lie in the cited article's text, and the MiniLM cosine of the text at those offsets to
 * the summary sentence must reach {@link #THRESHOLD}.
 */
final class CitationCheck {
    /** MiniLM cosine above which two news sentences say the same thing (paraphrases score 0.75-0.95, topic neighbours 0.4-0.65). */
    static final double THRESHOLD = 0.70;

    record Result(String corpus, int articles, int stories, int summarySentences, int citations, int inText,
                  int similar, double lowest) {
        double precision() {
            return citations == 0 ? 1 : Math.min(inText, similar) / (double) citations;
        }
    }

    private CitationCheck() {}

    /** The project's samples/ folder, from the working directory or one of its parents (tests run in a module). */
    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples");
            if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
    }

    static Result run(String corpus, Path folder) {
        Storyline storyline = new Storyline(Settings.DEFAULTS);
        // a page without an article is no summary's source
        List<Article> articles = storyline.articles(List.of(folder), rejected -> { });
        StoryRun run = storyline.run(articles);
        Map<String, Article> byId = new LinkedHashMap<>();
        run.articles().forEach(a -> byId.put(a.id(), a));
        int sentences = 0;
        int citations = 0;
        int inText = 0;
        int similar = 0;
        double lowest = 1;
        SentenceEmbedder embedder = SentenceEmbedder.get();
        for (Story story : run.stories()) {
            List<SummarySentence> told = new ArrayList<>(story.summary().sentences());
            if (story.summary().whatHappened() != null) told.add(story.summary().whatHappened());
            for (SummarySentence s : told) {
                sentences++;
                float[] said = embedder.embed(s.text());
                for (Citation c : s.citations()) {
                    citations++;
                    Article a = byId.get(c.articleId());
                    String text = a == null ? "" : a.text();
                    if (c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) continue;
                    String cited = text.substring(c.start(), c.end());
                    inText++;
                    double cosine = SentenceEmbedder.cosine(said, embedder.embed(cited));
                    lowest = Math.min(lowest, cosine);
                    if (cosine >= THRESHOLD) similar++;
                }
            }
        }
        return new Result(corpus, run.articles().size(), run.stories().size(), sentences, citations, inText, similar, lowest);
    }
}
