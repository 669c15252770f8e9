package dev.storyline.summarize;

import dev.storyline.domain.Citation;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.domain.Summary;
import dev.storyline.domain.SummarySentence;

import java.util.List;

// PLACEHOLDER: replaced by the real extractive summarizer.
final class ExtractiveSummarizer implements Summarizer {
    private final SummarySettings settings;

    ExtractiveSummarizer(SummarySettings settings) {
        this.settings = settings;
    }

    @Override
    public Summary summarize(StoryMaterial story, List<Claim> claims) {
        var first = story.articles().get(0);
        List<SummarySentence> out = first.sentences().stream().limit(settings.maxSentences())
                .map(s -> cite(s)).toList();
        return new Summary(first.article().title(), out.isEmpty() ? null : out.get(0), out);
    }

    private static SummarySentence cite(Sentence s) {
        return new SummarySentence(s.text(), List.of(new Citation(s.articleId(), s.index(), s.start(), s.end(), 1.0)));
    }
}
