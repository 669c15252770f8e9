package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Attribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The learned tagger on a tiny corpus written for this test: it learns the pattern, survives a file and threads. */
class AttributionTaggerTest {
    private static final String[] SPEAKERS = {"The mayor", "A senior official", "Maria Lopez", "The ministry", "Two witnesses",
            "The governor", "Local police", "John Smith"};
    // "reckons" is no word of the rules: only the tagger can learn it
    private static final String[] VERBS = {"said", "told reporters", "claimed", "reported", "reckons"};
    private static final String[] CLAIMS = {"the bridge would reopen in May", "the fire had been contained",
            "taxes will rise next year", "the talks had collapsed", "nobody was hurt in the blast"};
    private static AttributionTagger tagger;

    /** "SPEAKER VERB that CLAIM." and "CLAIM, SPEAKER VERB." with their spans, plus a sentence with no attribution. */
    static AttributionTagger.Example example(int seed) {
        StringBuilder text = new StringBuilder();
        List<AttributionTagger.RoleSpan> gold = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String speaker = SPEAKERS[(seed + k) % SPEAKERS.length];
            String verb = VERBS[(seed * 3 + k) % VERBS.length];
            String claim = CLAIMS[(seed + 2 * k) % CLAIMS.length];
            int at = text.length();
            if ((seed + k) % 2 == 0) {
                text.append(speaker).append(' ').append(verb).append(" that ").append(claim).append(".\n\n");
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.SOURCE, at, at + speaker.length()));
                int v = at + speaker.length() + 1;
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.CUE, v, v + verb.length()));
                int c = v + verb.length() + 1;
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.CONTENT, c, c + 5 + claim.length()));
            } else {
                String lower = Character.toLowerCase(speaker.charAt(0)) + speaker.substring(1);
                String cap = Character.toUpperCase(claim.charAt(0)) + claim.substring(1);
                text.append(cap).append(", ").append(lower).append(' ').append(verb).append(".\n\n");
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.CONTENT, at, at + cap.length()));
                int s = at + cap.length() + 2;
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.SOURCE, s, s + lower.length()));
                int v = s + lower.length() + 1;
                gold.add(new AttributionTagger.RoleSpan(AttributionTagger.Role.CUE, v, v + verb.length()));
            }
            text.append("The weather was mild on the coast.\n\n");
        }
        return new AttributionTagger.Example(FactsTest.article(text.toString(), null), gold);
    }

    @BeforeAll
    static void train() {
        List<AttributionTagger.Example> examples = new ArrayList<>();
        for (int seed = 0; seed < 40; seed++) examples.add(example(seed));
        tagger = AttributionTagger.train(examples, 60);
    }

    @Test
    void findsSourceCueAndContentOfAnUnseenCombination() {
        AnalyzedArticle article = FactsTest.article("Maria Lopez claimed that nobody was hurt in the blast.\n\nThe weather was mild on the coast.", null);
        assertThat(tagger.tag(article)).extracting(s -> s.role() + ":" + article.article().text().substring(s.start(), s.end()))
                .containsExactly("SOURCE:Maria Lopez", "CUE:claimed", "CONTENT:that nobody was hurt in the blast");
    }

    @Test
    void thePipelineKeepsTheRulesAttributionsAndAddsTheTaggersWhereNoRuleMatched() {
        AnalyzedArticle article = FactsTest.article("The fire had been contained, the governor said.\n\n"
                + "John Smith reckons that the talks had collapsed.", null);
        List<Attribution> found = tagger.attributions(article);
        assertThat(found).extracting(a -> a.source().text(), a -> a.cue().text(), a -> a.content().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the governor", "said", "The fire had been contained"),
                        org.assertj.core.groups.Tuple.tuple("John Smith", "reckons", "that the talks had collapsed"));
        assertThat(found.get(0).rule()).startsWith(AttributionExtractor.RULE);
        assertThat(found.get(1).rule()).isEqualTo(AttributionTagger.RULE);
        assertThat(found.get(1).chain()).containsExactly("John Smith");
    }

    @Test
    void aBonusAtSpanStartsTradesPrecisionForRecall() {
        AnalyzedArticle article = FactsTest.article("The weather was mild on the coast.\n\nPrices were stable in the region.", null);
        assertThat(tagger.withStartBonus(0, 0).tag(article)).isEmpty();
        assertThat(tagger.withStartBonus(30, 30).tag(article)).isNotEmpty();
    }

    @Test
    void aSavedModelTagsTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("attribution.bin");
        tagger.save(file);
        AnalyzedArticle article = example(99).article();
        List<AttributionTagger.RoleSpan> expected = tagger.tag(article);
        // two taggers that find nothing are equal too: the article must give the model something to tag
        assertThat(expected).isNotEmpty();
        assertThat(AttributionTagger.load(file).tag(article)).isEqualTo(expected);
    }

    @Test
    void sameAnswerOnManyThreads() throws Exception {
        AnalyzedArticle article = example(7).article();
        List<AttributionTagger.RoleSpan> expected = tagger.tag(article);
        assertThat(expected).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AttributionTagger.RoleSpan>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> tagger.tag(article)));
            for (Future<List<AttributionTagger.RoleSpan>> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anUnreadableModelFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.bin");
        assertThatThrownBy(() -> FactExtractor.standard(new FactSettings(missing.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.bin");
    }
}
