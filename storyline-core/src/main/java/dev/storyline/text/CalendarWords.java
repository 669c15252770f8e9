package dev.storyline.text;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Month and weekday names of the major news languages besides English: French, German, Spanish, Italian,
 * Portuguese, Russian and Ukrainian (in the genitive a date uses: "17 июля"), Turkish, Arabic (both the
 * Egyptian-Gulf names and the Levantine ones, "6 شباط/فبراير 2023" writes both), Dutch, Indonesian and Greek
 * (genitive). A page need not be identified first: the names are told apart by their letters, so a German date
 * on a page the detector left undetermined still counts. Only full names: abbreviations such as "mar" or "mai"
 * would read English and French words as months.
 */
public final class CalendarWords {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> WRITTEN_MONTHS = new TreeSet<>();
    private static final Set<String> WRITTEN_WEEKDAYS = new TreeSet<>();

    static {
        months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
        months("januar februar märz april mai juni juli august september oktober november dezember");
        months("jänner feber - - - - - - - - - -");
        months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre");
        months("- - - - - - - - setiembre - - -");
        months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre");
        months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro");
        months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря");
        months("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь");
        months("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня");
        months("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık");
        months("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر");
        months("- - - ابريل - يونيه يوليه اغسطس - اكتوبر - -");
        months("- شباط آذار نيسان أيار حزيران تموز آب أيلول - - -");
        months("januari februari maart april mei juni juli augustus september oktober november december");
        months("- - - - - - - agustus - - nopember desember");
        months("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου");
        weekdays("lundi mardi mercredi jeudi vendredi samedi dimanche");
        weekdays("montag dienstag mittwoch donnerstag freitag samstag sonntag");
        weekdays("- - - - - sonnabend -");
        weekdays("lunes martes miércoles jueves viernes sábado domingo");
        weekdays("lunedì martedì mercoledì giovedì venerdì sabato domenica");
        weekdays("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo");
        weekdays("понедельник вторник среду четверг пятницу субботу воскресенье");
        weekdays("- - среда - пятница суббота -");
        weekdays("понеділок вівторок середу четвер п'ятницю суботу неділю");
        weekdays("pazartesi salı çarşamba perşembe cuma cumartesi pazar");
        weekdays("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد");
        weekdays("الإثنين - الاربعاء - - - الاحد");
        weekdays("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag");
        // Indonesian "minggu" is as often "week": left out
        weekdays("senin selasa rabu kamis jumat sabtu -");
        weekdays("δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή");
    }

    /** One regex group: a month name of any language above. */
    public static final String MONTH = alternation(WRITTEN_MONTHS);
    /** One regex group: a weekday name of any language above. */
    public static final String WEEKDAY = alternation(WRITTEN_WEEKDAYS);

    private CalendarWords() {}

    /** The month a name of another language means (1-12), if it is one; case and accents aside. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(MONTHS.get(key(word)));
    }

    /** The weekday a name of another language means, if it is one; case and accents aside. */
    public static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(key(word)));
    }

    private static void months(String names) {
        String[] n = names.split(" ");
        for (int i = 0; i < 12; i++) {
            if (n[i].equals("-")) continue;
            MONTHS.put(key(n[i]), i + 1);
            WRITTEN_MONTHS.add(n[i]);
        }
    }

    private static void weekdays(String names) {
        String[] n = names.split(" ");
        for (int i = 0; i < 7; i++) {
            if (n[i].equals("-")) continue;
            WEEKDAYS.put(key(n[i]), DayOfWeek.of(i + 1));
            WRITTEN_WEEKDAYS.add(n[i]);
        }
    }

    /** Lower case without accents, hamza seats aside: "Février", "fevrier" and "FÉVRIER" are one key. */
    static String key(String word) {
        return Words.folded(word).replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('’', '\'');
    }

    /**
     * A regex group matching any of the names as the tables write them or without their accents ("fevrier" is
     * how some pages write it), longest first so "mayo" is not read as "may".
     */
    private static String alternation(Set<String> written) {
        return "(" + written.stream().flatMap(w -> Stream.of(w, key(w))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")";
    }
}
