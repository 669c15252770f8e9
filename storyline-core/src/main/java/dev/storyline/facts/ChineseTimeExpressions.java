package dev.storyline.facts;

import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.domain.TimeExpression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions in Chinese text (and the dates Japanese writes alike): "2015年6月8日", "6月8日", "2015年6月",
 * "2015年", "1990年代", "去年3月", "昨天", "去年", "上周", "三天前", "上周三", "6月", durations ("持续3天"). Normalised as
 * {@link TimeExpressionExtractor} does English ones, against the publication date and with its rules for a day
 * without a year and a weekday. Traditional characters are read as their simplified forms. Ordered rules; a later
 * one never takes text an earlier one took. Thread-safe, stateless.
 */
final class ChineseTimeExpressions {
    static final String RULE = "timex-pattern-zh";
    private static final String YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
    private static final String SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** A count of days or years: three digits at most, so a year is never read as one ("2015年" is no 2,015 years). */
    private static final String COUNT = "(\\d{1,3}|[一二两三四五六七八九十百]+)";

    private record Rule(String name, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule("date", Pattern.compile(YEAR + "\\s*年\\s*" + SMALL + "\\s*月\\s*" + SMALL + "\\s*[日号]")),
            new Rule("year-month", Pattern.compile(YEAR + "\\s*年\\s*" + SMALL + "\\s*月(?!\\s*[\\d一二三四五六七八九十])")),
            new Rule("month-day", Pattern.compile(SMALL + "\\s*月\\s*" + SMALL + "\\s*[日号]")),
            new Rule("year", Pattern.compile(YEAR + "\\s*年(代)?")),
            new Rule("weekday", Pattern.compile("(上|下|本|这)?(?:个)?(?:星期|礼拜|周)([一二三四五六日天])")),
            new Rule("relative-year-date", Pattern.compile("(今年|去年|前年|明年)\\s*" + SMALL + "\\s*月(?:\\s*" + SMALL + "\\s*[日号])?")),
            new Rule("ago", Pattern.compile(COUNT + "\\s*(天|周|个星期|个月|年)(?:以)?前")),
            new Rule("deictic", Pattern.compile("今天|今日|昨天|昨日|昨晚|今晚|明天|明日|前天|今年|去年|前年|明年|本月|上个?月|下个?月|"
                    + "本周|上周|下周|上个?星期|下个?星期")),
            new Rule("month", Pattern.compile(SMALL + "\\s*月(?:份)?(?![\\d一二三四五六七八九十])")),
            new Rule("duration", Pattern.compile(COUNT + "\\s*(天|周|个星期|个月|年|小时)")));

    private ChineseTimeExpressions() {}

    static List<TimeExpression> extract(String articleId, Sentence s, LocalDate dct) {
        List<TimeExpression> out = new ArrayList<>();
        String zh = ChineseScript.simplified(s.text()); // read in simplified characters, spans kept as written
        boolean[] taken = new boolean[zh.length()];
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(zh);
            while (m.find()) {
                if (TimeExpressionExtractor.overlaps(taken, m.start(), m.end())) continue;
                if (m.start() > 0 && isNumeral(zh.charAt(m.start() - 1))) continue; // inside a longer number
                String[] typeValue = normalise(rule.name(), m, dct);
                if (typeValue == null) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                int start = s.start() + m.start();
                String written = s.text().substring(m.start(), m.end());
                out.add(new TimeExpression(new Span(articleId, s.index(), start, start + written.length(), written),
                        typeValue[0], typeValue[1], RULE + ":" + rule.name()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇零一二两三四五六七八九十百千万".indexOf(c) >= 0;
    }

    /** {type, value}, or null when the match is no time expression after all. */
    private static String[] normalise(String rule, Matcher m, LocalDate dct) {
        switch (rule) {
            case "date": {
                Integer month = small(m.group(2));
                Integer day = small(m.group(3));
                if (month == null || day == null || month < 1 || month > 12) return null;
                return TimeExpressionExtractor.date(String.valueOf(year(m.group(1))), month, String.valueOf(day));
            }
            case "year-month": {
                Integer month = small(m.group(2));
                if (month == null || month < 1 || month > 12) return null;
                return new String[]{"DATE", year(m.group(1)) + "-" + TimeExpressionExtractor.two(month)};
            }
            case "month-day": {
                Integer month = small(m.group(1));
                Integer day = small(m.group(2));
                if (month == null || day == null || month < 1 || month > 12) return null;
                return TimeExpressionExtractor.dayMonth(month, day, dct);
            }
            case "year": {
                int year = year(m.group(1));
                if (year < 1000 || year > 2999) return null;
                // "1990年代", the 1990s: TIMEX writes a decade as its first three digits
                return new String[]{"DATE", m.group(2) != null ? String.valueOf(year / 10) : String.valueOf(year)};
            }
            case "ago": {
                Double n = ChineseQuantities.number(m.group(1));
                if (n == null) return null;
                int k = n.intValue();
                if (dct == null) return new String[]{"DATE", "PAST_REF"};
                return new String[]{"DATE", switch (m.group(2)) {
                    case "天" -> dct.minusDays(k).toString();
                    case "周", "个星期" -> TimeExpressionExtractor.week(dct.minusWeeks(k));
                    case "个月" -> { LocalDate d = dct.minusMonths(k); yield d.getYear() + "-" + TimeExpressionExtractor.two(d.getMonthValue()); }
                    default -> String.valueOf(dct.getYear() - k);
                }};
            }
            case "relative-year-date": {
                Integer month = small(m.group(2));
                Integer day = m.group(3) == null ? null : small(m.group(3));
                if (month == null || month < 1 || month > 12) return null;
                if (dct == null) return new String[]{"DATE", "XXXX-" + TimeExpressionExtractor.two(month)
                        + (day == null ? "" : "-" + TimeExpressionExtractor.two(day))};
                int year = dct.getYear() + switch (m.group(1)) { case "去年" -> -1; case "前年" -> -2; case "明年" -> 1; default -> 0; };
                if (day == null) return new String[]{"DATE", year + "-" + TimeExpressionExtractor.two(month)};
                return TimeExpressionExtractor.date(String.valueOf(year), month, String.valueOf(day));
            }
            case "deictic": return deictic(m.group(), dct);
            case "weekday": {
                DayOfWeek day = switch (m.group(2)) {
                    case "一" -> DayOfWeek.MONDAY; case "二" -> DayOfWeek.TUESDAY; case "三" -> DayOfWeek.WEDNESDAY;
                    case "四" -> DayOfWeek.THURSDAY; case "五" -> DayOfWeek.FRIDAY; case "六" -> DayOfWeek.SATURDAY;
                    default -> DayOfWeek.SUNDAY;
                };
                String mod = m.group(1);
                if (mod == null) return TimeExpressionExtractor.weekday(null, day.name(), dct);
                if (dct == null) return new String[]{"DATE", "XXXX-WXX-" + day.getValue()};
                // 上周三 is Wednesday of the week before this one, 下周三 of the week after
                int weeks = mod.equals("上") ? -1 : mod.equals("下") ? 1 : 0;
                LocalDate monday = dct.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new String[]{"DATE", monday.with(TemporalAdjusters.nextOrSame(day)).toString()};
            }
            case "month": {
                Integer month = small(m.group(1));
                if (month == null || month < 1 || month > 12) return null;
                if (dct == null) return new String[]{"DATE", "XXXX-" + TimeExpressionExtractor.two(month)};
                return new String[]{"DATE", TimeExpressionExtractor.nearest(dct, month, 1).getYear() + "-"
                        + TimeExpressionExtractor.two(month)};
            }
            case "duration": {
                Double n = ChineseQuantities.number(m.group(1));
                if (n == null || n.intValue() < 1 || m.group(1).equals("一") && m.group(2).equals("年")) return null;
                String count = String.valueOf(n.intValue());
                return new String[]{"DURATION", switch (m.group(2)) {
                    case "天" -> "P" + count + "D";
                    case "周", "个星期" -> "P" + count + "W";
                    case "个月" -> "P" + count + "M";
                    case "小时" -> "PT" + count + "H";
                    default -> "P" + count + "Y";
                }};
            }
            default: return null;
        }
    }

    private static String[] deictic(String word, LocalDate dct) {
        String english = switch (word) {
            case "昨天", "昨日" -> "yesterday";
            case "昨晚" -> "last night";
            case "今晚" -> "tonight";
            case "明天", "明日" -> "tomorrow";
            case "今天", "今日" -> "today";
            default -> null;
        };
        if (english != null) return TimeExpressionExtractor.deictic(english, dct);
        if (dct == null) return new String[]{"DATE", word.startsWith("上") || word.startsWith("去") || word.startsWith("前")
                ? "PAST_REF" : word.startsWith("下") || word.startsWith("明") ? "FUTURE_REF" : "PRESENT_REF"};
        return new String[]{"DATE", switch (word) {
            case "前天" -> dct.minusDays(2).toString();
            case "今年" -> String.valueOf(dct.getYear());
            case "去年" -> String.valueOf(dct.getYear() - 1);
            case "前年" -> String.valueOf(dct.getYear() - 2);
            case "明年" -> String.valueOf(dct.getYear() + 1);
            case "本月" -> month(dct);
            case "上月", "上个月" -> month(dct.minusMonths(1));
            case "下月", "下个月" -> month(dct.plusMonths(1));
            case "本周" -> TimeExpressionExtractor.week(dct);
            case "上周", "上星期", "上个星期" -> TimeExpressionExtractor.week(dct.minusWeeks(1));
            default -> TimeExpressionExtractor.week(dct.plusWeeks(1));
        }};
    }

    private static String month(LocalDate d) {
        return d.getYear() + "-" + TimeExpressionExtractor.two(d.getMonthValue());
    }

    private static int year(String digits) {
        return ChineseQuantities.number(digits).intValue();
    }

    private static Integer small(String s) {
        Double v = ChineseQuantities.number(s);
        return v == null ? null : v.intValue();
    }
}
