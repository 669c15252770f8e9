package dev.storyline.facts;

import dev.storyline.domain.Quantity;
import dev.storyline.domain.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Counts in other languages, named as the English reader names them; sentences written for the tests. */
class OtherLanguageQuantitiesTest {
    private static List<Quantity> read(String text, String language) {
        return OtherLanguageQuantities.extract("a", new Sentence("a", 0, 0, text.length(), text, List.of()), language);
    }

    @Test
    void theSameFiguresInFiveLanguagesCountTheSameThings() {
        assertThat(read("Le séisme de magnitude 7,8 a fait au moins 1 300 morts et 5 000 blessés.", "fr"))
                .extracting(Quantity::value, Quantity::counted, Quantity::approximation)
                .containsExactly(tuple(7.8, "magnitude", "exact"), tuple(1300.0, "dead", "at-least"), tuple(5000.0, "injured", "exact"));
        assertThat(read("Das Beben der Stärke 7,8 forderte mehr als 1.300 Tote, 5.000 wurden verletzt.", "de"))
                .extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(7.8, "magnitude"), tuple(1300.0, "dead"));
        assertThat(read("El terremoto dejó unos 1.300 muertos y 5.000 heridos.", "es"))
                .extracting(Quantity::value, Quantity::counted, Quantity::approximation)
                .containsExactly(tuple(1300.0, "dead", "about"), tuple(5000.0, "injured", "exact"));
        assertThat(read("Погибли более 1300 человек.", "ru"))
                .extracting(Quantity::value, Quantity::counted, Quantity::approximation)
                .containsExactly(tuple(1300.0, "people", "more-than"));
        assertThat(read("Il terremoto ha causato almeno 1.300 morti.", "it"))
                .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(1300.0, "dead"));
    }

    @Test
    void aShareOfTheVoteAScaleWordAndWhatCountsNothing() {
        assertThat(read("Il a obtenu 66,1 % des voix.", "fr")).extracting(Quantity::value, Quantity::unit, Quantity::counted)
                .containsExactly(tuple(66.1, "%", "vote"));
        assertThat(read("Près de 2 millions personnes ont voté.", "fr")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(2_000_000.0, "people"));
        // a clock time, a date and a year are no counts
        assertThat(read("Il s'est exprimé à 23H55 le 13 novembre 2015.", "fr")).isEmpty();
    }

    @Test
    void aNounThatIsAUnitMeasuresAndAPrepositionNamesNothing() {
        assertThat(read("Il a été condamné à 270 mois de prison.", "fr")).extracting(Quantity::value, Quantity::unit, Quantity::counted)
                .containsExactly(tuple(270.0, "month", "month"));
        assertThat(read("Un séisme de 6,6 selon les autorités.", "fr")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(6.6, null));
        assertThat(read("Los 12 miembros del jurado.", "es")).extracting(Quantity::counted).containsExactly("member");
    }

    @Test
    void arabicCountsTheSameThingsWhateverCaseTheNounTakes() {
        // "about 3,700 injured" and "70 dead" after a conjunction; "7 thousand fighters"; "295 people"
        assertThat(read("أدى الانفجار إلى سقوط 70 قتيلاً ونحو 3700 جريحا.", "ar"))
                .extracting(Quantity::value, Quantity::counted, Quantity::approximation)
                .containsExactly(tuple(70.0, "dead", "exact"), tuple(3700.0, "injured", "about"));
        assertThat(read("أرسلت إيران 7 آلاف مقاتل.", "ar")).extracting(Quantity::value, Quantity::counted)
                .containsExactly(tuple(7000.0, "fighter"));
        assertThat(read("كانت الطائرة تنقل أكثر من 295 شخصاً.", "ar"))
                .extracting(Quantity::value, Quantity::counted, Quantity::approximation)
                .containsExactly(tuple(295.0, "people", "more-than"));
        assertThat(read("وقع الزلزال على عمق 10 كيلومترات.", "ar")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(10.0, "km"));
        // Arabic-Indic digits and a share
        assertThat(read("حصل على ٦٦ في المئة من الأصوات.", "ar")).extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(66.0, "%"));
    }
}
