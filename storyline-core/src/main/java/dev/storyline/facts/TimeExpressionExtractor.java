package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.domain.TimeExpression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions found by ordered patterns and normalised TIMEX3-style against the publication date: an
 * explicit date keeps its own fields; a date without a year takes the publication year (or the year before,
 * when it would fall more than a month after publication); a weekday in news is the last such day before
 * publication; relative expressions move from the publication date. With no publication date the unknown
 * fields stay "X" ("XXXX-04-25"). Thread-safe, stateless.
 */
public final class TimeExpressionExtractor {
    static final String RULE = "timex-pattern";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NUM = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)";
    private static final String UNIT = "(day|week|month|year|decade|hour|minute)s?";

    private record Rule(String name, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule("day-month-year", p("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b")),
            new Rule("month-day-year", p("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b")),
            new Rule("iso", p("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
            new Rule("day-month", p("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b")),
            new Rule("month-day", p("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?![,.]\\d)")),
            new Rule("month-year", p("\\b(?:(?:early|mid|late)[- ])?" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b")),
            new Rule("relative-unit", p("\\b(last|next|this|past|coming)\\s+" + UNIT + "\\b")),
            new Rule("ago", p("\\b" + NUM + "\\s+" + UNIT + "\\s+ago\\b")),
            new Rule("weekday", p("\\b(?:(last|next|this|on|since|until|by)\\s+)?" + WEEKDAY + "(?:\\s+(morning|afternoon|evening|night))?\\b")),
            new Rule("deictic", p("\\b(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)\\b")),
            new Rule("earlier-this", p("\\b(earlier|later) this (year|month|week)\\b")),
            new Rule("year", p("\\b(?:in|since|by|until|of|from|during|before|after|early|late|mid-?)\\s+((?:19|20)\\d{2})\\b(?!\\s*(?:people|men|fighters|troops))")),
            new Rule("duration", p("\\b(?:the\\s+)?(?:past|last|next|coming|first|recent)?\\s*" + NUM + "\\s+" + UNIT + "\\b")),
            new Rule("ref", p("\\b(now|currently|recently|nowadays|in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months)|"
                    + "in the past|in the future|soon|so far|thus far|at the moment|the past few (?:days|weeks|months))\\b")),
            new Rule("season", p("\\b(?:(last|this|next)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?")));

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    public List<TimeExpression> extract(AnalyzedArticle article) {
        LocalDate dct = article.article().published();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            boolean[] taken = new boolean[s.text().length()];
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(s.text());
                while (m.find()) {
                    if (overlaps(taken, m.start(), m.end())) continue;
                    String[] typeValue = normalise(rule.name(), m, dct);
                    if (typeValue == null) continue;
                    for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                    String text = m.group().strip();
                    int start = s.start() + m.start() + (m.group().length() - m.group().stripLeading().length());
                    out.add(new TimeExpression(new Span(article.id(), s.index(), start, start + text.length(), text),
                            typeValue[0], typeValue[1], RULE + ":" + rule.name()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    /** {type, value}, or null when the match is no time expression after all. */
    static String[] normalise(String rule, Matcher m, LocalDate dct) {
        switch (rule) {
            case "day-month-year": return date(m.group(3), month(m.group(2)), m.group(1));
            case "month-day-year": return date(m.group(3), month(m.group(1)), m.group(2));
            case "iso": return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            case "day-month": return dayMonth(month(m.group(2)), Integer.parseInt(m.group(1)), dct);
            case "month-day": {
                if (m.group(1).equalsIgnoreCase("may") && Integer.parseInt(m.group(2)) > 31) return null;
                return dayMonth(month(m.group(1)), Integer.parseInt(m.group(2)), dct);
            }
            case "month-year": return new String[]{"DATE", m.group(2) + "-" + two(month(m.group(1)))};
            case "year": return new String[]{"DATE", m.group(1)};
            case "weekday": return weekday(m.group(1), m.group(2), dct);
            case "deictic": return deictic(m.group(1).toLowerCase(Locale.ROOT), dct);
            case "earlier-this": {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                if (dct == null) return new String[]{"DATE", unit.equals("year") ? "XXXX" : "XXXX-XX"};
                return new String[]{"DATE", switch (unit) {
                    case "year" -> String.valueOf(dct.getYear());
                    case "month" -> dct.getYear() + "-" + two(dct.getMonthValue());
                    default -> week(dct);
                }};
            }
            case "relative-unit": return relativeUnit(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), dct);
            case "ago": {
                String n = number(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                if (dct == null || n.equals("X")) return new String[]{"DATE", "PAST_REF"};
                int k = Integer.parseInt(n);
                return new String[]{"DATE", switch (unit) {
                    case "day" -> dct.minusDays(k).toString();
                    case "week" -> week(dct.minusWeeks(k));
                    case "month" -> { LocalDate d = dct.minusMonths(k); yield d.getYear() + "-" + two(d.getMonthValue()); }
                    case "year" -> String.valueOf(dct.getYear() - k);
                    default -> "PAST_REF";
                }};
            }
            case "duration": {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                String n = number(m.group(1));
                String code = switch (unit) {
                    case "day" -> "D"; case "week" -> "W"; case "month" -> "M"; case "year" -> "Y";
                    case "decade" -> "DE"; case "hour" -> "H"; default -> "MIN";
                };
                boolean time = code.equals("H") || code.equals("MIN");
                if (code.equals("MIN")) code = "M";
                if (code.equals("DE")) return new String[]{"DURATION", "P" + (n.equals("X") ? "X" : String.valueOf(Integer.parseInt(n) * 10)) + "Y"};
                return new String[]{"DURATION", (time ? "PT" : "P") + n + code};
            }
            case "ref": {
                String s = m.group(1).toLowerCase(Locale.ROOT);
                if (s.startsWith("in the coming") || s.equals("soon") || s.equals("in the future")) return new String[]{"DATE", "FUTURE_REF"};
                if (s.equals("now") || s.equals("currently") || s.equals("nowadays") || s.equals("at the moment")) {
                    return new String[]{"DATE", "PRESENT_REF"};
                }
                return new String[]{"DATE", "PAST_REF"};
            }
            case "season": {
                String season = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "spring" -> "SP"; case "summer" -> "SU"; case "winter" -> "WI"; default -> "FA";
                };
                if (m.group(3) != null) return new String[]{"DATE", m.group(3) + "-" + season};
                if (m.group(1) == null) return null; // "fall" alone is usually a verb
                if (dct == null) return new String[]{"DATE", "XXXX-" + season};
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
                return new String[]{"DATE", (dct.getYear() + shift) + "-" + season};
            }
            default: return null;
        }
    }

    private static String[] date(String year, int month, String day) {
        try {
            return new String[]{"DATE", LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString()};
        } catch (RuntimeException e) {
            return null; // "31 February": no date
        }
    }

    /** A day without a year: the publication year, unless that puts it well after publication (then the year before). */
    private static String[] dayMonth(int month, int day, LocalDate dct) {
        if (day < 1 || day > java.time.Month.of(month).maxLength()) return null; // no "31 February" in any year
        if (dct == null) return new String[]{"DATE", "XXXX-" + two(month) + "-" + two(day)};
        try {
            LocalDate d = LocalDate.of(dct.getYear(), month, day);
            if (d.isAfter(dct.plusMonths(1))) d = d.minusYears(1);
            return new String[]{"DATE", d.toString()};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String[] weekday(String modifier, String day, LocalDate dct) {
        DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (dct == null) return new String[]{"DATE", "XXXX-WXX-" + dow.getValue()};
        LocalDate d = switch (mod) {
            case "next" -> dct.with(TemporalAdjusters.next(dow));
            case "until", "by" -> dct.with(TemporalAdjusters.nextOrSame(dow));
            case "this" -> dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
            // news reports what happened: the last such day, which may be the day of publication itself
            default -> dct.with(TemporalAdjusters.previousOrSame(dow));
        };
        return new String[]{"DATE", d.toString()};
    }

    private static String[] deictic(String word, LocalDate dct) {
        if (dct == null) return new String[]{"DATE", word.equals("tomorrow") ? "FUTURE_REF" : word.equals("yesterday") ? "PAST_REF" : "PRESENT_REF"};
        return switch (word) {
            case "yesterday", "last night" -> new String[]{"DATE", dct.minusDays(1).toString()};
            case "tomorrow" -> new String[]{"DATE", dct.plusDays(1).toString()};
            default -> new String[]{"DATE", dct.toString()};
        };
    }

    private static String[] relativeUnit(String mod, String unit, LocalDate dct) {
        int shift = switch (mod) { case "last", "past" -> -1; case "next", "coming" -> 1; default -> 0; };
        if (unit.equals("decade") || unit.equals("hour") || unit.equals("minute")) return null;
        if (dct == null) return new String[]{"DATE", shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF"};
        return new String[]{"DATE", switch (unit) {
            case "day" -> dct.plusDays(shift).toString();
            case "week" -> week(dct.plusWeeks(shift));
            case "month" -> { LocalDate d = dct.plusMonths(shift); yield d.getYear() + "-" + two(d.getMonthValue()); }
            default -> String.valueOf(dct.getYear() + shift);
        }};
    }

    private static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String number(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.matches("\\d+")) return l;
        Integer w = NumberWords.word(l);
        return w == null ? "X" : String.valueOf(w);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
