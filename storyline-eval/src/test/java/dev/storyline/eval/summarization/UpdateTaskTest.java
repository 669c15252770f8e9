package dev.storyline.eval.summarization;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.eval.EvalTable;
import dev.storyline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The update task's reader, its derivation from DUC-shaped clusters and its tables, on invented topics. */
class UpdateTaskTest {
    // an invented flood told in two sets: the first days, then the clean-up
    static final String FILE = """
            {"id": "T01-A", "topic": "T01", "set": "A", "title": "Greenriver flood", "narrative": "Describe the flood in Greenriver.", "docs": [{"id": "d1", "date": "20240311", "title": "Flood", "text": "Heavy rain flooded the streets of Greenriver on Monday. The city evacuated 2,300 residents."}, {"id": "d2", "date": "20240312", "title": "Bridge", "text": "Part of the East Gate bridge collapsed. Nobody was hurt, the flood office said."}], "refs": ["Heavy rain flooded Greenriver and 2,300 residents were evacuated.", "Greenriver flooded; the East Gate bridge collapsed."]}
            {"id": "T01-B", "topic": "T01", "set": "B", "title": "Greenriver flood", "narrative": "Describe the flood in Greenriver.", "docs": [{"id": "d3", "date": "20240315", "title": "Clean-up", "text": "Residents returned to Greenriver on Friday as the water fell. Volunteers cleared mud from 40 homes."}], "refs": ["Residents returned on Friday and volunteers cleared mud from 40 homes.", "The water fell and the clean-up began."]}
            """;

    @Test
    void aFileOfTheTasksShapeGivesEachLaterSetItsEarlierSetsAsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("update.jsonl");
        Files.writeString(f, FILE, StandardCharsets.UTF_8);
        List<UpdateTask.TopicSet> sets = UpdateTask.load(f);
        assertThat(sets).extracting(UpdateTask.TopicSet::id).containsExactly("T01-A", "T01-B");
        assertThat(sets.get(0).read()).isEmpty();
        assertThat(sets.get(1).read()).extracting(AnalyzedArticle::id).containsExactly("d1", "d2");
        assertThat(sets.get(1).docs()).extracting(a -> a.article().published()).containsExactly(LocalDate.of(2024, 3, 15));
        assertThat(sets.get(1).refs()).hasSize(2);

        Files.writeString(dir.resolve("bad.jsonl"), FILE.replace("\"set\": \"B\"", "\"set\": \"D\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UpdateTask.load(dir.resolve("bad.jsonl"))).hasMessageContaining("line 2").hasMessageContaining("A, B or C");
        assertThat(UpdateTask.files(dir)).extracting(p -> p.getFileName().toString()).containsExactly("bad.jsonl", "update.jsonl");
        assertThat(UpdateTask.files(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void daysAreReadAsDucAndTacWriteThem() {
        assertThat(UpdateTask.day("20050712")).isEqualTo(LocalDate.of(2005, 7, 12));
        assertThat(UpdateTask.day("2005-07-12 08:30")).isEqualTo(LocalDate.of(2005, 7, 12));
        assertThat(UpdateTask.day("07/12/2005 09:03:00")).isEqualTo(LocalDate.of(2005, 7, 12));
        assertThat(UpdateTask.day("")).isNull();
        assertThat(UpdateTask.day("20051399")).isNull();
    }

    @Test
    void aClustersEarlierHalfByDateIsSetAAndTheRestSetBForAReaderOfA() {
        TextAnalyzer analyzer = TextAnalyzer.standard();
        List<AnalyzedArticle> docs = List.of(doc(analyzer, "late", 2024, 3, 20), doc(analyzer, "early", 2024, 3, 1),
                doc(analyzer, "middle", 2024, 3, 10), doc(analyzer, "last", 2024, 3, 25));
        List<UpdateTask.TopicSet> sets = UpdateTask.fromDuc(List.of(new SummarizationEval.Cluster("D1", "narrative", docs, List.of("ref"))));
        assertThat(sets).extracting(UpdateTask.TopicSet::set).containsExactly("A", "B");
        assertThat(sets.get(0).docs()).extracting(AnalyzedArticle::id).containsExactly("early", "middle");
        assertThat(sets.get(1).docs()).extracting(AnalyzedArticle::id).containsExactly("late", "last");
        assertThat(sets.get(1).read()).isEqualTo(sets.get(0).docs());
    }

    @Test
    void theTablesScoreEachSetAndShowTheOfficialRowsBesideTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("update.jsonl");
        Files.writeString(f, FILE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rouge2.jk.m.avg"), "A 0.13000 (95%-conf.int. 0.11 - 0.15)\n"
                + "B 0.12000 (95%-conf.int. 0.11 - 0.13)\n14 0.10110 (95%-conf.int. 0.09 - 0.11)\n"
                + "3 0.09000 (95%-conf.int. 0.08 - 0.10)\n7 0.05000 (95%-conf.int. 0.04 - 0.06)\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rougeSU4.jk.m.avg"), "A 0.17000 (95%-conf.int. 0.15 - 0.19)\n"
                + "B 0.16000 (95%-conf.int. 0.15 - 0.17)\n14 0.14110 (95%-conf.int. 0.13 - 0.15)\n"
                + "3 0.13000 (95%-conf.int. 0.12 - 0.14)\n7 0.09000 (95%-conf.int. 0.08 - 0.10)\n", StandardCharsets.UTF_8);
        List<UpdateTask.TopicSet> sets = UpdateTask.load(f);
        Map<String, Function<UpdateTask.TopicSet, String>> systems = new LinkedHashMap<>();
        // a system that copies the first reference scores 1 against it, and less when jackknifed with the other
        systems.put("first reference", t -> t.refs().get(0));
        systems.put("the read documents again", t -> t.read().isEmpty() ? t.refs().get(0) : t.read().get(0).article().text());
        Rouge rouge = new Rouge(Map.of(), Rouge.Options.WORDS_100);
        List<EvalTable> tables = UpdateTask.tables("invented", sets, systems, rouge, dir);

        EvalTable scores = tables.get(0);
        assertThat(scores.columns()).containsExactly("system", "set A ROUGE-2 R", "set B ROUGE-2 R", "all sets ROUGE-2 R",
                "all sets ROUGE-SU4 R");
        assertThat(scores.rows()).extracting(r -> r.get(0)).containsExactly("first reference", "the read documents again",
                "system 14 (official, #1 of 3)", "system 3 (official, #2 of 3)", "system 7 (official, #3 of 3)",
                "system 3 (official, the median)", "humans (official, 2, lowest–highest)");
        assertThat(scores.rows().get(2)).containsExactly("system 14 (official, #1 of 3)", "-", "-", "0.1011", "0.1411");
        assertThat(scores.rows().get(6)).containsExactly("humans (official, 2, lowest–highest)", "-", "-", "0.1200–0.1300", "0.1600–0.1700");
        double copied = Double.parseDouble(scores.rows().get(0).get(2));
        double repeated = Double.parseDouble(scores.rows().get(1).get(2));
        assertThat(copied).isGreaterThan(repeated);

        // the system that repeats the read documents is caught repeating them
        EvalTable repeats = tables.get(1);
        assertThat(repeats.rows().get(1).get(1)).isEqualTo("100.0%");
        assertThat(repeats.rows().get(0).get(1)).isNotEqualTo("100.0%");
    }

    private static AnalyzedArticle doc(TextAnalyzer analyzer, String id, int y, int m, int d) {
        return analyzer.analyze(new Article(id, "t", null, id, null, null, LocalDate.of(y, m, d), List.of(),
                "Something happened on the day of " + id + ".", List.of(), id));
    }
}
