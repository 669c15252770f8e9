package dev.storyline.facts;

import dev.storyline.domain.Quantity;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.text.CalendarWords;
import dev.storyline.text.Terms;
import dev.storyline.text.Words;
import dev.storyline.text.WrittenNumbers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with what they count in French, German, Spanish, Italian, Portuguese, Russian and Arabic, named by the
 * English head noun the English reader gives the same thing ("1 300 morts", "1.300 Tote", "1.300 muertos", "1300
 * погибших", "1300 قتيل" all count "dead"), so that a French page's figure corroborates or contradicts an English
 * one's. Arabic puts the counted noun after the number in the text's order too ("نحو 3700 جريحا", about 3,700
 * injured), in the singular or the accusative after large numbers, which the lexicon lists. Read as:
 * an approximation cue ("au moins", "mehr als", "unos", "около"), the number as any of these languages write it
 * ({@link WrittenNumbers}), a scale word ("mille", "Millionen"), then the counted noun, directly or after a
 * word for people ("1 300 personnes tuées" counts people, as "1,300 people killed" does); a percent sign or word is
 * the unit; "magnitude 7,8" and its kin put the number after the noun. A noun outside the small lexicon below is
 * kept as written, so the figure is still a claim of its own page, only not one other languages can match.
 * Thread-safe, stateless.
 */
final class OtherLanguageQuantities {
    static final Set<String> LANGUAGES = Set.of("fr", "de", "es", "it", "pt", "ru", "ar");
    static final String RULE = "quantity-pattern-";

    /** What is counted, by the English head noun the English reader gives it. */
    private static final Map<String, String> COUNTED = new HashMap<>();

    static {
        counted("dead", "morts mort tues decedes victimes tote toten todesopfer opfer muertos fallecidos victimas morti "
                + "vittime mortos vitimas погибших погибли погибло погибшие жертв قتيل قتيلا قتلى شهيدا شهداء");
        counted("injured", "blesses verletzte verletzten verwundete heridos lesionados feriti feridos раненых раненые пострадавших "
                + "جريح جريحا جرحى مصاب مصابا مصابين");
        counted("people", "personnes gens menschen personen leute personas persone pessoas человек людей شخص شخصا أشخاص");
        counted("fighter", "combattants kampfer combatientes combattenti combatentes боевиков مقاتل مقاتلا مقاتلين");
        counted("soldier", "soldats soldaten soldados soldati военных солдат военнослужащих جندي جنديا جنود");
        counted("building", "batiments immeubles gebaude edificios edifici edificios predios зданий домов مبنى مباني");
        counted("passenger", "passagers passagiere pasajeros passeggeri passageiros пассажиров راكب راكبا ركاب");
        counted("child", "enfants kinder ninos bambini criancas детей طفل طفلا أطفال");
        counted("vote", "voix stimmen votos voti голосов صوت صوتا أصوات");
        counted("seat", "sieges sitze escanos seggi assentos мест مقعد مقعدا مقاعد");
        counted("member", "membres mitglieder miembros membri membros членов عضو عضوا أعضاء");
        counted("gigaelectronvolt", "gigaelectronvolts gigaelektronenvolt gigaelectronvoltios gigaelettronvolt гэв");
    }

    /** Nouns that are units: the figure measures, it does not count ("270 mois", "22 años"). */
    private static final Map<String, String> UNITS = new HashMap<>();

    static {
        unit("month", "mois monate monaten meses mesi месяцев месяца أشهر شهرا");
        unit("year", "ans annees jahre jahren anos anni лет года عاما سنة سنوات أعوام");
        unit("hour", "heures stunden horas ore часов часа ساعة ساعات");
        unit("day", "jours tage tagen dias giorni дней дня يوما أيام");
        unit("t", "tonnes tonnen toneladas tonnellate тонн طن أطنان");
        unit("km", "kilometres kilometer kilometern kilometros chilometri километров км كيلومتر كيلومترا كيلومترات كلم");
    }

    /** Prepositions and conjunctions the stop lists leave out, which a number may stand before ("6,6 selon"). */
    private static final Set<String> NO_NOUN = Set.of("selon", "pour", "dans", "avec", "sur", "sous", "entre", "contre",
            "depuis", "apres", "avant", "segun", "para", "durante", "contra", "desde", "tras", "nach", "bei", "seit",
            "fur", "mit", "gegen", "uber", "unter", "secondo", "per", "dopo", "prima", "segundo", "apos", "для", "после");

    /** The words for people a count may stand on before what happened to them ("personnes tuées"). */
    private static final Set<String> PEOPLE = Set.of("personnes", "menschen", "personen", "personas", "persone", "pessoas",
            "человек", "людей", key("شخص"), key("شخصا"), key("أشخاص"));
    /** Approximation cues by their key (no accents), and as written for the pattern. */
    private static final Map<String, String> APPROXIMATION = new HashMap<>();
    private static final List<String> CUES = new ArrayList<>();

    static {
        approximation("at-least", "au moins|mindestens|wenigstens|al menos|por lo menos|almeno|pelo menos|не менее|по меньшей мере|как минимум|ما لا يقل عن");
        approximation("more-than", "plus de|mehr als|über|más de|più di|oltre|mais de|более|свыше|больше|أكثر من|اكثر من");
        approximation("about", "environ|près de|quelque|quelques|rund|etwa|knapp|ungefähr|unos|unas|cerca de|alrededor de|circa|quasi|около|почти|порядка|نحو|حوالي|حوالى|قرابة|زهاء");
        approximation("up-to", "jusqu'à|bis zu|hasta|fino a|até|до|حتى");
    }

    private static final Pattern COUNT = Pattern.compile(
            "(?<approx>(?:" + String.join("|", CUES.stream().sorted((a, b) -> b.length() - a.length()).toList())
                    + ")\\s+)?(?<num>" + WrittenNumbers.NUMBER + ")"
                    + "(?:\\s*(?<scale>mille|millions?|milliards?|tausend|millionen?|milliarden?|mil|millones?|mila|milioni|"
                    + "milhões|тысяч[аи]?|тыс\\.|миллион\\w*|млн\\.?|آلاف|ألف|ألفا|مليون|ملايين|مليار|مليارات))?"
                    + "(?:\\s*(?<pct>%|pour cent|prozent|por ciento|per cento|por cento|процент\\w*|في المئة|في المائة|بالمئة|بالمائة))?"
                    + "(?:\\s+(?:de la\\s+|des\\s+|du\\s+|de\\s+|d'|d’|del\\s+|der\\s+|dei\\s+|delle\\s+|degli\\s+|dos\\s+|das\\s+)?"
                    + "(?<noun>\\p{L}[\\p{L}\\p{M}\\-]*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAGNITUDE = Pattern.compile(
            "(?<![\\p{L}])(?:magnitude|magnitud|magnitudine|magnitudo|stärke|магнитуд\\w*)\\s+(?:de\\s+|di\\s+|von\\s+)?(?<num>"
                    + WrittenNumbers.NUMBER + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A year, a time of day, a day of a month: no count. */
    private static final Pattern CALENDAR_AFTER = Pattern.compile("(?i)^[\\s.:h]*(?:\\d|heures?|uhr|horas?|ore|час)");

    private OtherLanguageQuantities() {}

    static List<Quantity> extract(String articleId, Sentence s, String language) {
        List<Quantity> out = new ArrayList<>();
        String text = s.text();
        Matcher mag = MAGNITUDE.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (mag.find()) {
            out.add(new Quantity(new Span(articleId, s.index(), s.start() + mag.start(), s.start() + mag.end(), mag.group()),
                    WrittenNumbers.value(mag.group("num")), "magnitude", "magnitude", "magnitude", "exact", null, RULE + language));
            taken.add(new int[]{mag.start("num"), mag.end("num")});
        }
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            int numStart = m.start("num");
            if (taken.stream().anyMatch(t -> t[0] == numStart)) continue;
            Quantity q = quantity(articleId, s, m, language);
            if (q != null) out.add(q);
        }
        return out;
    }

    private static Quantity quantity(String articleId, Sentence s, Matcher m, String language) {
        String written = m.group("num");
        String after = s.text().substring(m.end("num"));
        if (CALENDAR_AFTER.matcher(after).find() && m.group("pct") == null) return null;
        double value = WrittenNumbers.value(written);
        // four digits and nothing counted: a year
        if (m.group("noun") == null && m.group("pct") == null) return null;
        if (m.group("scale") != null) value *= scale(m.group("scale"));
        String approximation = m.group("approx") == null ? "exact" : APPROXIMATION.get(key(m.group("approx").strip()));
        String noun = m.group("noun");
        String unit = m.group("pct") != null ? "%" : null;
        String counted;
        String phrase = noun;
        int end = m.end("noun") >= 0 ? m.end("noun") : m.end("num");
        if (noun == null) {
            counted = null;
        } else if (PEOPLE.contains(key(noun))) {
            counted = "people";
        } else if (UNITS.containsKey(key(noun)) && unit == null) {
            // a measure: the unit names what it measures, as "270 months" does in English
            unit = UNITS.get(key(noun));
            counted = unit;
        } else if (NO_NOUN.contains(key(noun))) {
            counted = null;
            end = m.end("num");
            phrase = null;
        } else if (unit != null && Terms.isStopWord(noun.toLowerCase(Locale.ROOT))) {
            // a share before a function word ("66 في المئة من الأصوات", 66 percent of the votes) names nothing here
            counted = null;
            end = m.end("pct");
            phrase = null;
        } else {
            counted = COUNTED.get(key(noun));
            if (counted == null) {
                // a noun this reader does not know counts as written; a year, a date's month, a function word
                // or a verb the stop list knows ("5.000 wurden verletzt") counts nothing
                if (value == Math.floor(value) && value >= 1900 && value <= 2100) return null;
                if (CalendarWords.month(noun).isPresent() || Terms.isStopWord(noun.toLowerCase(Locale.ROOT))) return null;
                // a German noun is capitalised: a lower-case word after the number is a verb or an adjective
                if (language.equals("de") && !Character.isUpperCase(noun.codePointAt(0))) return null;
                counted = noun.toLowerCase(Locale.ROOT);
            }
        }
        if (m.group("pct") != null && counted != null && !COUNTED.containsKey(key(noun))) {
            // "66,1 % des voix" names the vote; "52 % dimanche" names nothing
            counted = null;
            end = m.end("pct");
            phrase = null;
        }
        int start = m.start("approx") >= 0 ? m.start("approx") : m.start("num");
        return new Quantity(new Span(articleId, s.index(), s.start() + start, s.start() + end, s.text().substring(start, end)),
                value, unit, counted, phrase, approximation, null, RULE + language);
    }

    private static double scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("mill") && (w.contains("ard") || w.contains("iard"))) return 1e9;
        if (w.startsWith("مليار")) return 1e9;
        if (w.startsWith("mill") || w.startsWith("milh") || w.startsWith("milion") || w.startsWith("миллион") || w.startsWith("млн")
                || w.startsWith("مليون") || w.startsWith("ملايين")) return 1e6;
        return 1e3;
    }

    private static void unit(String unit, String words) {
        for (String w : words.split(" ")) UNITS.put(key(w), unit);
    }

    private static void counted(String english, String words) {
        for (String w : words.split(" ")) COUNTED.put(key(w), english);
    }

    private static void approximation(String kind, String cues) {
        for (String c : cues.split("\\|")) {
            APPROXIMATION.put(key(c), kind);
            CUES.add(c);
        }
    }

    /** Lower case without accents: "blessés", "Blessés" and "blesses" are one key. */
    private static String key(String word) {
        return Words.folded(word);
    }
}
