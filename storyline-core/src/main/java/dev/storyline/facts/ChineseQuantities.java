package dev.storyline.facts;

import dev.storyline.domain.Quantity;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in Chinese text, where the English pattern finds none: no space sets a number apart ("抵达7000名战士"),
 * numbers are often written in characters ("两千三百人"), and what is counted follows a measure word ("名", "架")
 * or is the measure word itself ("人"). Read as: an approximation cue ("约", "超过"), the number (digits or
 * characters, with "万" and "亿"), "多" or "余" for "more than", a measure word or unit, then the counted noun: the
 * run of ideographs after the measure word up to a particle or verb, whose last two characters are its head
 * ("伊朗和伊拉克战士" counts "战士"), as a Chinese noun phrase ends with its head. Years, months, days and clock
 * times ("2015年", "6月", "8日", "3点") are time expressions, not quantities. Traditional characters are read as
 * their simplified forms, and what is counted is named in them ("兩萬名士兵" counts "士兵"). Thread-safe, stateless.
 */
final class ChineseQuantities {
    static final String RULE = "quantity-pattern-zh";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String CHARACTERS = "[零〇一二两三四五六七八九十百千万亿]+";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<approx>大约|约|将近|接近|近|超过|逾|至少|多达|不到|不足|数|几)?"
                    + "(?:(?<pct>百分之)(?<pctnum>" + DIGITS + "|" + CHARACTERS + ")"
                    + "|(?<num>" + DIGITS + ")(?<scale>[万亿千百]*)|(?<chars>" + CHARACTERS + "))"
                    + "(?<more>多|余)?(?<percent>%|％)?"
                    + "(?<measure>个百分点|个月|公里|千米|公斤|千克|美元|欧元|英镑|小时|分钟|名|人|位|个|架|辆|艘|座|家|起|次|头|只|所|条|枚|栋|处"
                    + "|米|吨|元|天|周|年|月|日|号|时|点|分|秒)?");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("公里", "km"), Map.entry("千米", "km"), Map.entry("米", "m"), Map.entry("公斤", "kg"),
            Map.entry("千克", "kg"), Map.entry("吨", "t"), Map.entry("美元", "USD"), Map.entry("欧元", "EUR"),
            Map.entry("英镑", "GBP"), Map.entry("元", "CNY"), Map.entry("天", "day"), Map.entry("周", "week"),
            Map.entry("个月", "month"), Map.entry("个百分点", "pp"), Map.entry("年", "year"), Map.entry("小时", "hour"), Map.entry("分钟", "minute"));
    /** Measure words of people: with no noun after them, they count people ("两千三百人"). */
    private static final List<String> PEOPLE = List.of("名", "人", "位");
    /** After a number these make a date or a clock time, not a count. */
    private static final List<String> CALENDAR = List.of("月", "日", "号", "时", "点", "分", "秒");
    /** Where the counted noun ends: particles, prepositions, adverbs, and the verbs news puts after a count. */
    private static final Pattern NOUN_END = Pattern.compile("[的了在已被于从到向对将并与及也都正曾还就才均共等是有为称说]"
            + "|抵达|到达|进入|死亡|受伤|遇难|丧生|表示|参加|前往|逃离|撤离|获救|失踪|被困|住院|参与|部署|驻扎|涌入|转移|需要|离开");
    private static final int MAX_NOUN = 8;

    private ChineseQuantities() {}

    static List<Quantity> extract(String articleId, Sentence s) {
        List<Quantity> out = new ArrayList<>();
        String zh = ChineseScript.simplified(s.text()); // read in simplified characters, spans kept as written
        Matcher m = QUANTITY.matcher(zh);
        while (m.find()) {
            Quantity q = quantity(articleId, s, zh, m);
            if (q != null) out.add(q);
        }
        return out;
    }

    private static Quantity quantity(String articleId, Sentence s, String text, Matcher m) {
        int numberStart = m.start("approx") >= 0 ? m.end("approx") : m.start();
        if (numberStart > 0 && text.charAt(numberStart - 1) == '第') return null; // "第3次": an ordinal
        if (numberStart > 0 && Character.isDigit(text.charAt(numberStart - 1))) return null;
        if (numberStart > 0 && "至~～－—-".indexOf(text.charAt(numberStart - 1)) >= 0) return null; // the end of a range
        String measure = m.group("measure");
        String after = text.substring(m.end());
        if (measure != null && CALENDAR.contains(measure)) return null;
        if (after.matches("^[至到~～\\-－—].*")) return null; // a range, "3至5天"
        Double value;
        String unit = null;
        if (m.group("pct") != null) {
            value = number(m.group("pctnum"));
            unit = "%";
        } else if (m.group("num") != null) {
            value = NumberWords.digits(m.group("num"));
            if (value != null) for (char c : m.group("scale").toCharArray()) value *= scale(c);
        } else {
            if (m.group("chars").equals("一") && m.group("more") == null) return null; // "一名男子": "a man", not a count
            value = number(m.group("chars"));
        }
        if (value == null) return null;
        boolean scaled = m.group("scale") != null && !m.group("scale").isEmpty();
        if ("年".equals(measure) && !scaled && value >= 1800 && value <= 2100) return null; // "2015年", "二〇一五年": a year
        if (m.group("percent") != null) unit = "%";
        String approximation = approximation(m.group("approx"), m.group("more"));
        String counted = null;
        String countedPhrase = null;
        int end = m.end();
        if (unit == null && measure != null && UNITS.containsKey(measure)) {
            unit = UNITS.get(measure);
        } else if (unit == null && measure != null) {
            String noun = noun(after);
            if (noun.length() >= 2) {
                countedPhrase = s.text().substring(m.end(), m.end() + noun.length());
                counted = noun.substring(noun.length() - 2);
                end += noun.length();
            } else if (PEOPLE.contains(measure)) {
                counted = "人";
                countedPhrase = "人";
            }
        }
        if (counted == null && unit == null) return null;
        int start = s.start() + m.start();
        String spanText = s.text().substring(m.start(), end);
        return new Quantity(new Span(articleId, s.index(), start, start + spanText.length(), spanText), value, unit,
                counted, countedPhrase, approximation, null, RULE);
    }

    /**
     * The run of ideographs that starts the text, up to where the noun ends; empty when no end shows within
     * {@link #MAX_NOUN} characters, as its head would then be a guess.
     */
    private static String noun(String after) {
        int n = 0;
        while (n < after.length() && Character.UnicodeScript.of(after.charAt(n)) == Character.UnicodeScript.HAN) n++;
        String run = after.substring(0, n);
        Matcher end = NOUN_END.matcher(run);
        String noun = end.find() ? run.substring(0, end.start()) : run;
        return noun.length() <= MAX_NOUN ? noun : "";
    }

    private static String approximation(String cue, String more) {
        if (cue == null) return more != null ? "more-than" : "exact";
        return switch (cue) {
            case "超过", "逾" -> "more-than";
            case "至少" -> "at-least";
            case "不到", "不足" -> "less-than";
            case "多达" -> "up-to";
            case "数", "几" -> "vague"; // "数万人": tens of thousands
            default -> "about";
        };
    }

    private static final String NUMERALS = "零〇一二两三四五六七八九";
    private static final int[] NUMERAL_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    /**
     * Digits, or a number in characters: "两千三百" 2300, "三万五千" 35000, "十五" 15, "一亿五千万" 150,000,000, and
     * "二〇一五" read digit by digit, as years are written.
     */
    static Double number(String s) {
        if (s.isEmpty()) return null;
        if (Character.isDigit(s.charAt(0))) return NumberWords.digits(s);
        if (s.length() > 1 && s.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)) {
            double v = 0;
            for (char c : s.toCharArray()) v = v * 10 + NUMERAL_VALUES[NUMERALS.indexOf(c)];
            return v;
        }
        double yi = 0;      // the part in 亿 and above
        double wan = 0;     // the part in 万
        double section = 0; // below 万
        int digit = 0;
        boolean pending = false; // a digit read and not yet multiplied
        for (char c : s.toCharArray()) {
            int i = NUMERALS.indexOf(c);
            if (i >= 0) {
                digit = NUMERAL_VALUES[i];
                pending = true;
            } else if (c == '十' || c == '百' || c == '千') {
                section += (pending ? digit : 1) * scale(c); // "十五": a bare 十 is ten
                pending = false;
            } else if (c == '万') {
                // "万人": a bare 万 is ten thousand, as a bare 十 is ten
                wan += (section == 0 && !pending ? 1 : section + (pending ? digit : 0)) * scale(c);
                section = 0;
                pending = false;
            } else if (c == '亿') {
                double below = yi + wan + section + (pending ? digit : 0);
                yi = (below == 0 ? 1 : below) * scale(c);
                wan = 0;
                section = 0;
                pending = false;
            } else {
                return null;
            }
        }
        return yi + wan + section + (pending ? digit : 0);
    }

    private static double scale(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 1;
        };
    }
}
