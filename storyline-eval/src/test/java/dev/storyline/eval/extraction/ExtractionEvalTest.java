package dev.storyline.eval.extraction;

import dev.storyline.Storyline;
import dev.storyline.domain.BodySource;
import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionSettings;
import dev.storyline.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the extraction eval that decide its figures: the grid, the block-alone member, the folds. */
class ExtractionEvalTest {
    static final String P = "The ministry said on Monday that the bridge would reopen to traffic next month, after repairs.";
    static final String DECLARED = "<html><body><div itemprop='articleBody'><p>" + P + "</p><table><tr><td>Pos.</td><td>Driver</td></tr>"
            + "<tr><td>1</td><td>K. Busch</td></tr></table><p>" + P.replace("Monday", "Tuesday") + "</p></div></body></html>";

    @Test
    void theGridHoldsTheDefaultsFirstAndNoSettingTwice() {
        assertThat(ExtractionEval.GRID.get(0)).isEqualTo(ExtractionSettings.DEFAULTS);
        assertThat(new HashSet<>(ExtractionEval.GRID)).hasSize(ExtractionEval.GRID.size());
        assertThat(ExtractionEval.GRID).hasSize(54);
    }

    @Test
    void theBlockAloneMemberIgnoresADeclaredBodyTheDefaultTakes() throws Exception {
        RawDocument doc = new RawDocument("p", RawDocument.Format.HTML, DECLARED, new DocumentHints(null, null, null, null, null));
        assertThat(ArticleExtractor.standard().extract(doc).bodySource()).isEqualTo(BodySource.DECLARED_BODY);
        assertThat(ArticleExtractor.standard(ExtractionEval.SCORED_BLOCK_ALONE).extract(doc).bodySource()).isEqualTo(BodySource.SCORED_BLOCK);
    }

    @Test
    void thePipelineExtractsWithTheExtractionSettingsAndItsFingerprintNamesThem() throws Exception {
        RawDocument doc = new RawDocument("p", RawDocument.Format.HTML, DECLARED, new DocumentHints(null, null, null, null, null));
        Settings blockAlone = Settings.DEFAULTS.withExtraction(ExtractionEval.SCORED_BLOCK_ALONE);
        assertThat(new Storyline(Settings.DEFAULTS).extract(doc).bodySource()).isEqualTo(BodySource.DECLARED_BODY);
        assertThat(new Storyline(blockAlone).extract(doc).bodySource()).isEqualTo(BodySource.SCORED_BLOCK);
        assertThat(blockAlone.fingerprint()).isNotEqualTo(Settings.DEFAULTS.fingerprint());
    }

    @Test
    void everyPageIsScoredOnceLeftOut() {
        List<ExtractionEval.Page> pages = List.of(
                new ExtractionEval.Page("a", null, DECLARED, P + "\n\nPos. Driver\n\n1 K. Busch\n\n" + P.replace("Monday", "Tuesday")),
                new ExtractionEval.Page("b", null, DECLARED, "nothing of the kind at all here"));
        ExtractionEval.LeaveSomeOut held = ExtractionEval.leaveSomeOut(pages, 1);
        assertThat(held.pages()).hasSize(2);
        assertThat(held.pages().get(0).f1()).isEqualTo(1.0);
        assertThat(held.pages().get(1).f1()).isEqualTo(0.0);
        assertThat(held.chosen()).contains("declared 150, part 0.5, missed 1000, holds 0.8");
    }
}
