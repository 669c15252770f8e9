package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;

/** Language identification and the calendar words of other languages, on sentences written for the tests. */
class LanguagesTest {
    @Test
    void identifiesTheMajorNewsLanguagesByTheirTwoLetterCodes() {
        assertThat(Languages.identify("The mayor opened the new bridge over the river on Tuesday morning.")).isEqualTo("en");
        assertThat(Languages.identify("Le maire a inauguré mardi matin le nouveau pont sur la rivière.")).isEqualTo("fr");
        assertThat(Languages.identify("Der Bürgermeister hat am Dienstagmorgen die neue Brücke über den Fluss eröffnet.")).isEqualTo("de");
        assertThat(Languages.identify("El alcalde inauguró el martes por la mañana el nuevo puente sobre el río.")).isEqualTo("es");
        assertThat(Languages.identify("Мэр во вторник утром открыл новый мост через реку.")).isEqualTo("ru");
        assertThat(Languages.identify("افتتح رئيس البلدية صباح الثلاثاء الجسر الجديد فوق النهر.")).isEqualTo("ar");
    }

    @Test
    void tooFewLettersAreUndetermined() {
        assertThat(Languages.identify("Oslo 2024")).isEqualTo(Languages.UNDETERMINED);
        assertThat(Languages.identify(null)).isEqualTo(Languages.UNDETERMINED);
        assertThat(Languages.known(Languages.UNDETERMINED)).isFalse();
    }

    @Test
    void codesAreTwoLetterWhereTheLanguageHasOneAndNamedInEnglish() {
        assertThat(Languages.code("fra")).isEqualTo("fr");
        assertThat(Languages.code("heb")).isEqualTo("he");
        assertThat(Languages.code("pes")).isEqualTo("fa");
        assertThat(Languages.name("fr")).isEqualTo("French");
        assertThat(Languages.name("und")).isEqualTo("undetermined");
    }

    @Test
    void monthAndWeekdayNamesOfOtherLanguagesCaseAndAccentsAside() {
        assertThat(CalendarWords.month("Février")).contains(2);
        assertThat(CalendarWords.month("fevrier")).contains(2);
        assertThat(CalendarWords.month("июля")).contains(7);
        assertThat(CalendarWords.month("Şubat")).contains(2);
        assertThat(CalendarWords.month("آب")).contains(8);
        assertThat(CalendarWords.month("mar")).isEmpty();
        assertThat(CalendarWords.weekday("Donnerstag")).contains(DayOfWeek.THURSDAY);
        assertThat(CalendarWords.weekday("miércoles")).contains(DayOfWeek.WEDNESDAY);
    }

    @Test
    void aLeadsWeekdayIsReadInOtherLanguagesAndGermanCompounds() {
        assertThat(Weekdays.first("Le maire a inauguré mardi le pont.")).contains(DayOfWeek.TUESDAY);
        assertThat(Weekdays.first("Die Brücke wurde am Donnerstagnachmittag eröffnet.")).contains(DayOfWeek.THURSDAY);
        // the first named counts, whichever language names it
        assertThat(Weekdays.first("Sunday's vote, dimanche")).contains(DayOfWeek.SUNDAY);
    }

    @Test
    void termsUseTheLanguagesOwnStemmerAndStopWords() {
        assertThat(Terms.of("les ponts", "fr")).containsExactly("pont");
        assertThat(Terms.of("les ponts", "fr")).isEqualTo(Terms.of("le pont", "fr"));
        // English and unknown text keep the English chain
        assertThat(Terms.of("the bridges", null)).isEqualTo(Terms.of("the bridges"));
        assertThat(Terms.isStopWord("die")).isTrue();
        assertThat(Terms.isStopWord("bridge")).isFalse();
    }
}
