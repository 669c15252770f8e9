package dev.storyline.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {
    @TempDir
    Path dir;

    @Test
    void dictdNumbersAreBase64MostSignificantDigitFirst() {
        assertThat(Glossary.base64("A")).isZero();
        assertThat(Glossary.base64("B")).isEqualTo(1);
        assertThat(Glossary.base64("BA")).isEqualTo(64);
        assertThat(Glossary.base64("8m")).isEqualTo(60 * 64 + 38);
        assertThat(Glossary.base64("?")).isEqualTo(-1);
    }

    @Test
    void sensesAreTheUnindentedLinesAfterTheHeadwordWithoutNotesExamplesOrPronunciations() {
        String entry = "Erdbeben /ɛɾdbˈeːbən/ <neut, n, sg>\n"
                + "earthquake <n>, quake <n>, seism <n> [rare] , shake <n> [Am.]\n"
                + "      \"Erdbeben mit einer Herdtiefe\"  - shallow-focus earthquake\n"
                + "   Synonym: {Beben}\n\n";
        assertThat(Glossary.senses(entry)).containsExactly("earthquake", "quake", "seism", "shake");
        assertThat(Glossary.senses("al-ra'is /x/\n1. Chief\n2. President\n")).containsExactly("Chief", "President");
        assertThat(Glossary.senses("Präsident /p/\npresident <n>,  /pɾˈeːs/\n")).containsExactly("president");
    }

    @Test
    void wordsAreGlossedByBothDirectionsAsAnalysedTerms() throws IOException {
        write("freedict-fra-eng", Map.of("séisme", "séisme /seism/ <n, masc>\nearthquake\n",
                "mort", "mort /mɔʀ/ <n, masc>\ndeath, dead person, a person who is no longer alive\n",
                "tremblement de terre", "tremblement de terre\nearthquake\n"));
        write("freedict-eng-rus", Map.of("kill", "kill /kil/\nубивать, убить\n"));
        Glossary g = Glossary.in(dir);
        // the page's terms are analysed ones ("séismes" is "seism"), and so are the glosses ("earthquak")
        assertThat(g.gloss(Terms.of("séismes", "fr").get(0), "fr")).containsExactly("earthquak");
        // a sense of more than two terms is a definition, not a gloss; a multi-word headword never matches a term
        assertThat(g.gloss(Terms.of("mort", "fr").get(0), "fr")).containsExactly("death", "dead", "person");
        assertThat(g.gloss("tremblement", "fr")).isEmpty();
        // English-to-Russian read backwards: the Russian words get the English headword
        assertThat(g.gloss(Terms.of("убивать", "ru").get(0), "ru")).containsExactly("kill");
        assertThat(g.covers("fr")).isTrue();
        assertThat(g.covers("de")).isFalse();
        assertThat(g.available()).containsExactly("freedict-eng-rus", "freedict-fra-eng");
    }

    @Test
    void muellersIndentedSensesAreReadBackwardsForRussian() throws IOException {
        String kill = "kill\n   [kɪl]\n   1. _v.\n      1) убивать; бить, резать (скот)\n"
                + "      2) давать определённое количество мяса; these pigs do not kill\n      3) _разг. губить\n";
        assertThat(Glossary.indentedSenses(kill)).containsExactly("убивать", "бить", "резать",
                "давать определённое количество мяса", "these pigs do not kill", "губить");
        write("mueller7", Map.of("kill", kill));
        Glossary g = Glossary.in(dir);
        assertThat(g.gloss(Terms.of("убивать", "ru").get(0), "ru")).containsExactly("kill");
        assertThat(g.gloss(Terms.of("губить", "ru").get(0), "ru")).containsExactly("kill");
        assertThat(g.available()).containsExactly("mueller7");
    }

    @Test
    void noFolderOrNoDictionaryGlossesNothing() {
        assertThat(Glossary.none().gloss("seism", "fr")).isEmpty();
        assertThat(Glossary.in(dir.resolve("absent")).covers("fr")).isFalse();
        assertThat(Glossary.in(dir.resolve("absent")).available()).isEmpty();
    }

    @Test
    void anEntryPointingOutsideItsDictionaryIsSkippedAndAnUnreadableOneNamesTheFile() throws IOException {
        write("freedict-spa-eng", Map.of("terremoto", "terremoto\nearthquake\n"));
        Files.writeString(dir.resolve("freedict-spa-eng.index"), "muertos\tBAAA\tB\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(Glossary.in(dir).gloss("terremot", "es")).containsExactly("earthquak");
        Files.writeString(dir.resolve("freedict-ita-eng.index"), "terremoto\tA\tB\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("freedict-ita-eng.dict.dz"), "not gzip", StandardCharsets.UTF_8);
        assertThat(Glossary.in(dir).covers("it")).isFalse();
        assertThat(Glossary.in(dir).problems()).singleElement().asString()
                .contains("freedict-ita-eng.index").contains("not glossed");
    }

    private void write(String name, Map<String, String> entries) throws IOException {
        FakeDictionaries.write(dir, name, entries);
    }
}
