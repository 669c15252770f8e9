package dev.storyline.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Letter by letter into Latin, on names as outlets spell them. */
class RomanizationTest {
    @Test
    void casedScriptsLoseTheirAccentsAndCyrillicAndGreekAreTransliterated() {
        assertThat(Romanization.latin("Beyrouth")).isEqualTo("beyrouth");
        assertThat(Romanization.latin("İzmir")).isEqualTo("izmir");
        assertThat(Romanization.latin("Straße")).isEqualTo("strasse");
        assertThat(Romanization.latin("Трамп")).isEqualTo("tramp");
        assertThat(Romanization.latin("Σάμος")).isEqualTo("samos");
    }

    @Test
    void arabicPersianAndHebrewGiveTheirConsonantsAndLongVowels() {
        assertThat(Romanization.latin("ترامب")).isEqualTo("tramb");
        assertThat(Romanization.latin("ترامپ")).isEqualTo("tramp");
        assertThat(Romanization.latin("טראמפ")).isEqualTo("trmp");
        // vowel marks and the stretching tatweel are not letters
        assertThat(Romanization.latin("بَارِيس")).isEqualTo(Romanization.latin("باريس")).isEqualTo("barys");
        assertThat(Romanization.latin("بـاريس")).isEqualTo("barys");
    }

    @Test
    void hangulSyllablesAreTheirRevisedRomanization() {
        assertThat(Romanization.latin("트럼프")).isEqualTo("teureompeu");
        assertThat(Romanization.latin("싱가포르")).isEqualTo("singgaporeu");
        assertThat(Romanization.latin("김정은")).isEqualTo("gimjeongeun");
    }

    @Test
    void aWordWithACharacterOfNoScriptReadHereHasNoLatinForm() {
        assertThat(Romanization.latin("北京")).isEmpty();
        assertThat(Romanization.latin("MH17")).isEmpty();
    }

    @Test
    void arabicHebrewAndHangulHaveNoCapitals() {
        assertThat(Romanization.caseless("ب".codePointAt(0))).isTrue();
        assertThat(Romanization.caseless("ט".codePointAt(0))).isTrue();
        assertThat(Romanization.caseless("트".codePointAt(0))).isTrue();
        assertThat(Romanization.caseless("T".codePointAt(0))).isFalse();
        assertThat(Romanization.caseless("Т".codePointAt(0))).isFalse();
    }
}
