package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.domain.TimeExpression;
import dev.storyline.text.Words;

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
 * fields stay "X" ("XXXX-04-25"). A sentence in Chinese or Japanese script is read by
 * {@link ChineseTimeExpressions} instead. Thread-safe, stateless.
 */
public final class TimeExpressionExtractor {
    static final String RULE = "timex-pattern";
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NUM = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|an?)";
    private static final String ORDINAL_QUARTER = "(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|past|current|same|"
            + "year-earlier|year-ago|comparable|fiscal)";
    private static final String MONTH_NAME = "(January|February|March|April|June|July|August|September|October|November|December)";
    private static final String UNIT = "(day|week|month|year|decade|hour|minute)s?";

    /**
     * @param anyOf words (lower case) the pattern cannot match without, one of which the lower-cased sentence must
     *              contain; null when nothing cheaper can be checked. A plain substring scan spares most sentences
     *              most patterns.
     */
    private record Rule(String name, String[] anyOf, Pattern pattern) {}

    /** Stands for "a digit", checked once a sentence. */
    private static final String[] DIGIT = {};
    private static final String[] UNIT_WORD = {"day", "week", "month", "year", "decade", "hour", "minute"};

    private static final List<Rule> RULES = List.of(
            // "18:00 UTC", "0800 GMT", "12:00 UTC Monday": the wires' time of day, on the day named or the paper's
            new Rule("clock-utc", new String[]{"utc", "gmt"}, p("\\b([01]?\\d|2[0-3]):?([0-5]\\d)\\s*(?:UTC|GMT)\\b"
                    + "(?:\\s+(today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?")),
            new Rule("day-month-year", DIGIT, p("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b")),
            new Rule("month-day-year", DIGIT, p("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b")),
            new Rule("iso", DIGIT, p("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
            new Rule("day-month", DIGIT, p("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b")),
            new Rule("month-day", DIGIT, p("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?![,.]\\d)")),
            new Rule("month-year", DIGIT, p("\\b(?:(?:early|mid|late)[- ])?" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b")),
            // financial news counts in quarters: "the third quarter", "third-quarter profit", "the year-ago quarter"
            new Rule("quarter", new String[]{"quarter"}, p("\\b(?:(the)\\s+)?(?:" + ORDINAL_QUARTER + "[- ])?(?:fiscal\\s+)?quarter\\b")),
            // "earlier this year", "early next month": TimeML keeps the modifier in the expression
            // "the past year", "the last decade": TimeML takes the article in
            new Rule("relative-unit", UNIT_WORD, p("\\b(?:(?:early|late|earlier|later|mid)[- ]|the\\s+(?=(?:last|next|past|coming)\\b))?(last|next|this|past|coming)\\s+" + UNIT + "\\b")),
            new Rule("earlier-later", UNIT_WORD, p("\\b" + NUM + "\\s+" + UNIT + "\\s+(earlier|later)\\b")),
            new Rule("year-earlier", new String[]{"year-"}, p("\\byear-(?:earlier|ago)\\b")),
            new Rule("ago", new String[]{"ago"}, p("\\b" + NUM + "\\s+" + UNIT + "\\s+ago\\b")),
            new Rule("weekday", new String[]{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
                    p("\\b(?:(last|next|this|on|since|until|by)\\s+)?" + WEEKDAY + "(?:\\s+(morning|afternoon|evening|night))?\\b")),
            new Rule("weekend", new String[]{"weekend"}, p("\\b(last|this|next|the)\\s+weekend\\b")),
            new Rule("deictic", new String[]{"today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this evening", "last night"},
                    p("\\b(?:(?:early|late|earlier|later)\\s+)?(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)\\b")),
            new Rule("year", DIGIT, p("\\b(?:(?:in|since|by|until|of|from|during|before|after|early|late|mid)\\s+|(?:early|late|mid)-)((?:19|20)\\d{2})\\b(?!\\s*(?:people|men|fighters|troops))")),
            // an age ("52 years old") is no time
            new Rule("duration", UNIT_WORD, p("\\b(?:(?:nearly|almost|about|around|roughly|more than|less than|at least|up to)\\s+)?"
                    + "(?:the\\s+)?(?:past|last|next|coming|first|recent)?\\s*" + NUM + "\\s+" + UNIT + "\\b(?!\\s+old)")),
            // "soon", "so far" and "thus far" are left out: TimeBank/AQUAINT annotate none of them (27 false hits)
            new Rule("ref", new String[]{"now", "currently", "recently", "in recent", "in the coming", "in the past", "in the future", "at the moment", "the past few"},
                    p("\\b(now|currently|recently|nowadays|in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months)|"
                    + "in the past|in the future|at the moment|the past few (?:days|weeks|months))\\b")),
            // "quarterly" and "annually" mostly qualify amounts ("quarterly dividend"), not times: left out
            new Rule("set", new String[]{"daily", "weekly", "monthly", "yearly"}, p("\\b(daily|weekly|monthly|yearly)\\b")),
            new Rule("adjective-duration", new String[]{"-day", "-week", "-month", "-year"}, p("\\b" + NUM + "-(day|week|month|year)\\b(?!-old)")),
            // a month alone, but not the rest of an impossible day ("31 February" is no date, nor is its month)
            new Rule("month", new String[]{"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"},
                    Pattern.compile("(?<!\\d\\s)(?<!\\d(?:st|nd|rd|th)\\s)\\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?"
                    + MONTH_NAME + "\\b(?!\\s+\\d)")),
            // "May" is a month only where a month stands: after "in", "since", "early" ..., or before "was" ("May was
            // the bloodiest month"); elsewhere it is the modal verb
            new Rule("month-may", new String[]{"may"}, Pattern.compile("(?<=\\b(?:[Ii]n|[Ss]ince|[Oo]f|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate|[Uu]ntil|[Bb]y)\\s)May\\b(?!\\s+\\d)"
                    + "|\\bMay\\b(?=\\s+(?:was|is|has|had|saw|brought|marked)\\b)")),
            // "for years", "in weeks", "for decades": a duration of no stated length (PXY)
            new Rule("bare-units", new String[]{"decades", "years", "months", "weeks", "days", "hours", "minutes"},
                    p("(?<=\\b(?:for|over|in|within)\\s)(decade|year|month|week|day|hour|minute)s\\b(?!\\s+(?:of|old|ago|later|earlier|before|after))")),
            // "the 1990s", "the late 1970s", "the '80s": a decade, TimeML's three digits ("199")
            new Rule("decade", DIGIT, p("\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?(?:(1[89]|20)(\\d)0s|'(\\d)0s)\\b")),
            new Rule("bare-year", DIGIT, Pattern.compile("(?<![$\\d.,#-])\\b((?:19[5-9]|20[0-3])\\d)\\b(?![\\d,.%-]\\d|\\s*(?:people|men|women|fighters|troops|shares|cars|jobs|units|homes))")),
            new Rule("season", new String[]{"spring", "summer", "autumn", "fall", "winter"}, p("\\b(?:(last|this|next)\\s+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?")));

    private static final Pattern PREPOSITION = Pattern.compile("\\s*(?i:on|in|since|by|until|of|from|during|before|after|at)\\s+");

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    public List<TimeExpression> extract(AnalyzedArticle article) {
        LocalDate dct = article.article().published();
        List<TimeExpression> out = new ArrayList<>();
        // an earnings report compares quarters: its "a year ago" is that quarter a year before, in any sentence
        boolean quarterlyReport = countQuarters(article.article().text()) >= 2;
        for (Sentence s : article.sentences()) {
            if (s.text().codePoints().anyMatch(Words::unspaced)) { // "2015年6月8日" and "昨天": rules of their own
                out.addAll(ChineseTimeExpressions.extract(article.id(), s, dct));
                continue;
            }
            List<TimeExpression> found = new ArrayList<>();
            boolean[] taken = new boolean[s.text().length()];
            String lower = s.text().toLowerCase(Locale.ROOT);
            boolean digit = lower.chars().anyMatch(c -> c >= '0' && c <= '9');
            for (Rule rule : RULES) {
                if (!mayMatch(rule, lower, digit)) continue;
                Matcher m = rule.pattern().matcher(s.text());
                while (m.find()) {
                    if (overlaps(taken, m.start(), m.end())) continue;
                    boolean future = FUTURE.matcher(s.text().substring(Math.max(0, m.start() - FUTURE_REACH), m.start())).find();
                    String[] typeValue = normalise(rule.name(), m, dct, quarterlyReport || QUARTERLY.matcher(s.text()).find(), future);
                    if (typeValue == null) continue;
                    for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                    // the preposition anchors the match ("in 1988", "on Friday") but is no part of the expression
                    String matched = m.group();
                    Matcher preposition = PREPOSITION.matcher(matched);
                    int skip = preposition.lookingAt() ? preposition.end() : 0;
                    String text = matched.substring(skip).strip();
                    int start = s.start() + m.start() + skip + (matched.length() - skip - matched.substring(skip).stripLeading().length());
                    found.add(new TimeExpression(new Span(article.id(), s.index(), start, start + text.length(), text),
                            typeValue[0], typeValue[1], RULE + ":" + rule.name()));
                }
            }
            out.addAll(partsOfTimes(article.article().text(), found));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** "the end of", "the first half of" before a time: TimeML's extent takes them in ("the end of this year"). */
    private static final Pattern PART_BEFORE = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:very\\s+)?(?:end|start|beginning|middle|close|turn|rest|remainder|(?:first|second|latter) half)\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern OF_BETWEEN = Pattern.compile("(?i)\\s+of\\s+");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-Q([1-4])");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");

    /**
     * A sentence's expressions with the parts of a time joined to it as one: "the end of this year" (the year's
     * value), "the third quarter of 2009" (that year's quarter, not the one the publication date implies).
     */
    private static List<TimeExpression> partsOfTimes(String text, List<TimeExpression> found) {
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : found) {
            TimeExpression previous = out.isEmpty() ? null : out.get(out.size() - 1);
            Matcher quarter = previous == null ? null : QUARTER_VALUE.matcher(previous.value());
            if (previous != null && quarter.matches() && YEAR_VALUE.matcher(t.value()).matches()
                    && OF_BETWEEN.matcher(text.substring(previous.span().end(), t.span().start())).matches()) {
                out.set(out.size() - 1, joined(text, previous.span().start(), t.span().end(), previous,
                        t.value() + "-Q" + quarter.group(1)));
                continue;
            }
            int from = Math.max(0, t.span().start() - 40);
            Matcher part = PART_BEFORE.matcher(text.substring(from, t.span().start()));
            if (part.find() && !t.type().equals("DURATION") && (previous == null || previous.span().end() <= from + part.start())) {
                out.add(joined(text, from + part.start(), t.span().end(), t, t.value()));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static TimeExpression joined(String text, int start, int end, TimeExpression like, String value) {
        Span s = like.span();
        return new TimeExpression(new Span(s.articleId(), s.sentenceIndex(), start, end, text.substring(start, end)),
                like.type(), value, like.rule());
    }

    private static boolean mayMatch(Rule rule, String lower, boolean digit) {
        if (rule.anyOf() == null) return true;
        if (rule.anyOf() == DIGIT) return digit;
        for (String word : rule.anyOf()) if (lower.contains(word)) return true;
        return false;
    }

    static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    /** {type, value}, or null when the match is no time expression after all; a weekday in the past tense. */
    static String[] normalise(String rule, Matcher m, LocalDate dct, boolean quarterly) {
        return normalise(rule, m, dct, quarterly, false);
    }

    /**
     * A sentence that speaks of what is to come ("talks would resume on Sunday", "is due to vote on Thursday") names
     * the next such weekday, not the last: how far back its verb is looked for, and the verbs.
     */
    static final int FUTURE_REACH = 50;
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(will|would|shall|'ll|is due|are due|is expected|are expected|is set|are set|plans?|planned|scheduled|to resume|"
                    + "to meet|to vote|to decide)\\b");

    /** {type, value}, or null when the match is no time expression after all. */
    static String[] normalise(String rule, Matcher m, LocalDate dct, boolean quarterly, boolean future) {
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
            case "quarter": return quarter(m.group(1) != null, m.group(2), dct);
            case "bare-units": return new String[]{"DURATION", duration("X", m.group(1).toLowerCase(Locale.ROOT))};
            case "decade": return new String[]{"DATE", m.group(1) != null ? m.group(1) + m.group(2) : "19" + m.group(3)};
            case "clock-utc": {
                String day = m.group(3) == null ? (dct == null ? "XXXX-XX-XX" : dct.toString())
                        : m.group(3).matches("(?i)today|yesterday|tomorrow") ? deictic(m.group(3).toLowerCase(Locale.ROOT), dct)[1]
                        : weekday(null, m.group(3), dct)[1];
                return new String[]{"TIME", day + "T" + two(Integer.parseInt(m.group(1))) + ":" + m.group(2) + "Z"};
            }
            case "earlier-later": {
                String n = number(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                boolean back = m.group(3).equalsIgnoreCase("earlier");
                if (dct == null || n.equals("X") || !unit.equals("year")) return new String[]{"DURATION", duration(n, unit)};
                int k = Integer.parseInt(n);
                if (quarterly && back) return new String[]{"DATE", lastQuarter(dct, k)};
                return new String[]{"DATE", String.valueOf(dct.getYear() + (back ? -1 : 1) * k)};
            }
            case "year-earlier": {
                if (dct == null) return new String[]{"DATE", "XXXX"};
                return new String[]{"DATE", quarterly ? lastQuarter(dct, 1) : String.valueOf(dct.getYear() - 1)};
            }
            case "set": return new String[]{"SET", switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "daily" -> "P1D"; case "weekly" -> "P1W"; case "monthly" -> "P1M"; default -> "P1Y";
            }};
            case "adjective-duration": {
                String n = number(m.group(1));
                return new String[]{"DURATION", "P" + n + m.group(2).substring(0, 1).toUpperCase(Locale.ROOT)};
            }
            case "month": {
                int month = month(m.group(2));
                if (dct == null) return new String[]{"DATE", "XXXX-" + two(month)};
                String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
                return new String[]{"DATE", switch (mod) {
                    // "last June" in March 2013 is June 2012: the last June before publication, never one to come
                    case "last" -> (month < dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1) + "-" + two(month);
                    case "next" -> (month > dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1) + "-" + two(month);
                    case "this" -> dct.getYear() + "-" + two(month);
                    default -> nearest(dct, month, 1).getYear() + "-" + two(month);
                }};
            }
            case "bare-year": return new String[]{"DATE", m.group(1)};
            case "year": return new String[]{"DATE", m.group(1)};
            case "weekday": {
                String modifier = m.group(1) == null || m.group(1).equalsIgnoreCase("on") ? (future ? "until" : m.group(1)) : m.group(1);
                return partOfDay(weekday(modifier, m.group(2), dct), m.group(3));
            }
            case "month-may": {
                if (dct == null) return new String[]{"DATE", "XXXX-05"};
                return new String[]{"DATE", nearest(dct, 5, 1).getYear() + "-05"};
            }
            case "weekend": {
                if (dct == null) return new String[]{"DATE", "XXXX-WXX-WE"};
                String mod = m.group(1).toLowerCase(Locale.ROOT);
                // "the weekend" in a paper of Monday to Thursday is the one just past; from Friday, the one at hand
                int shift = switch (mod) {
                    case "last" -> -1;
                    case "next" -> 1;
                    case "this" -> 0;
                    default -> dct.getDayOfWeek().getValue() <= 4 ? -1 : 0;
                };
                return new String[]{"DATE", week(dct.plusWeeks(shift)) + "-WE"};
            }
            case "deictic": return deictic(m.group(1).toLowerCase(Locale.ROOT), dct);
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
                    case "year" -> quarterly ? lastQuarter(dct, k) : String.valueOf(dct.getYear() - k);
                    default -> "PAST_REF";
                }};
            }
            case "duration": return new String[]{"DURATION", duration(number(m.group(1)), m.group(2).toLowerCase(Locale.ROOT))};
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
                if (m.group(1) == null && season.equals("FA") && !m.group(2).equalsIgnoreCase("autumn")) return null; // "fall" alone is usually a verb
                if (dct == null) return new String[]{"DATE", "XXXX-" + season};
                if (m.group(1) == null) return new String[]{"DATE", dct.getYear() + "-" + season}; // "in spring": this year's
                int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
                return new String[]{"DATE", (dct.getYear() + shift) + "-" + season};
            }
            default: return null;
        }
    }

    /**
     * "the third quarter" is the publication year's, unless it has not begun yet (then last year's); "the quarter",
     * "the latest quarter" is the last one completed before publication, as in earnings reports; "the year-ago
     * quarter" is that one a year before. A bare "quarter" needs "the" or a modifier: "a quarter of" is no time.
     */
    private static String[] quarter(boolean the, String modifier, LocalDate dct) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (!the && mod.isEmpty()) return null;
        int ordinal = switch (mod) {
            case "first", "1st" -> 1; case "second", "2nd" -> 2; case "third", "3rd" -> 3; case "fourth", "4th" -> 4;
            default -> 0;
        };
        if (dct == null) return new String[]{"DATE", ordinal > 0 ? "XXXX-Q" + ordinal : "XXXX-QX"};
        int current = (dct.getMonthValue() - 1) / 3 + 1;
        if (ordinal > 0) return new String[]{"DATE", (ordinal > current ? dct.getYear() - 1 : dct.getYear()) + "-Q" + ordinal};
        if (mod.equals("current")) return new String[]{"DATE", dct.getYear() + "-Q" + current};
        int year = current == 1 ? dct.getYear() - 1 : dct.getYear();
        int last = current == 1 ? 4 : current - 1;
        if (mod.equals("year-earlier") || mod.equals("year-ago") || mod.equals("comparable")) year--;
        return new String[]{"DATE", year + "-Q" + last};
    }

    static String[] date(String year, int month, String day) {
        try {
            return new String[]{"DATE", LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString()};
        } catch (RuntimeException e) {
            return null; // "31 February": no date
        }
    }

    /** A day without a year: the publication year, unless that puts it well after publication (then the year before). */
    static String[] dayMonth(int month, int day, LocalDate dct) {
        if (day < 1 || day > java.time.Month.of(month).maxLength()) return null; // no "31 February" in any year
        if (dct == null) return new String[]{"DATE", "XXXX-" + two(month) + "-" + two(day)};
        try {
            return new String[]{"DATE", nearest(dct, month, day).toString()};
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The year of a day named without one: news looks back more than ahead, so the day falls within the nine months
     * before publication or the three after (measured on TimeBank/AQUAINT: "Dec. 7" in an October article is ahead).
     */
    static LocalDate nearest(LocalDate dct, int month, int day) {
        for (int shift : new int[]{0, -1, 1}) {
            int year = dct.getYear() + shift;
            LocalDate d = LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
            if (!d.isBefore(dct.minusMonths(9)) && !d.isAfter(dct.plusMonths(3))) return LocalDate.of(year, month, day);
        }
        return LocalDate.of(dct.getYear(), month, day);
    }

    /** TimeML's duration value of n units: "P3D", "P20Y" for two decades, "PT1H" (hours and minutes are times of day). */
    private static String duration(String n, String unit) {
        String code = switch (unit) {
            case "day" -> "D"; case "week" -> "W"; case "month" -> "M"; case "year" -> "Y";
            case "decade" -> "DE"; case "hour" -> "H"; default -> "MIN";
        };
        if (code.equals("DE")) return "P" + (n.equals("X") ? "X" : String.valueOf(Integer.parseInt(n) * 10)) + "Y";
        if (code.equals("H")) return "PT" + n + "H";
        if (code.equals("MIN")) return "PT" + n + "M";
        return "P" + n + code;
    }

    /** The last quarter completed before publication, {@code yearsBack} years earlier: "1988-Q3". */
    private static String lastQuarter(LocalDate dct, int yearsBack) {
        int current = (dct.getMonthValue() - 1) / 3 + 1;
        int year = (current == 1 ? dct.getYear() - 1 : dct.getYear()) - yearsBack;
        return year + "-Q" + (current == 1 ? 4 : current - 1);
    }

    private static final Pattern QUARTERLY = Pattern.compile("\\bquarter", Pattern.CASE_INSENSITIVE);

    static String[] weekday(String modifier, String day, LocalDate dct) {
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

    static String[] deictic(String word, LocalDate dct) {
        if (dct == null) return new String[]{"DATE", word.equals("tomorrow") ? "FUTURE_REF" : word.equals("yesterday") ? "PAST_REF" : "PRESENT_REF"};
        return switch (word) {
            case "yesterday" -> new String[]{"DATE", dct.minusDays(1).toString()};
            case "last night" -> partOfDay(new String[]{"DATE", dct.minusDays(1).toString()}, "night");
            case "tomorrow" -> new String[]{"DATE", dct.plusDays(1).toString()};
            case "tonight" -> partOfDay(new String[]{"DATE", dct.toString()}, "night");
            case "this morning", "this afternoon", "this evening" -> partOfDay(new String[]{"DATE", dct.toString()}, word.substring(5));
            default -> new String[]{"DATE", dct.toString()};
        };
    }

    /** "Wednesday night" is 2000-01-05TNI: a calendar day with its part of the day (TimeBank types it DATE). */
    private static String[] partOfDay(String[] typeValue, String part) {
        if (part == null || !typeValue[1].matches("\\d{4}-\\d{2}-\\d{2}")) return typeValue;
        String code = switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
        return new String[]{"DATE", typeValue[1] + "T" + code};
    }

    private static int countQuarters(String text) {
        Matcher m = QUARTERLY.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String[] relativeUnit(String mod, String unit, LocalDate dct) {
        int shift = switch (mod) { case "last", "past" -> -1; case "next", "coming" -> 1; default -> 0; };
        if (unit.equals("hour") || unit.equals("minute")) return null;
        if (dct == null) return new String[]{"DATE", shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF"};
        // "the last decade" in a 1990 paper is the 1980s: TimeML's "198"
        if (unit.equals("decade")) return new String[]{"DATE", String.valueOf(dct.getYear() / 10 + shift)};
        return new String[]{"DATE", switch (unit) {
            case "day" -> dct.plusDays(shift).toString();
            case "week" -> week(dct.plusWeeks(shift));
            case "month" -> { LocalDate d = dct.plusMonths(shift); yield d.getYear() + "-" + two(d.getMonthValue()); }
            default -> String.valueOf(dct.getYear() + shift);
        }};
    }

    static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String number(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.matches("\\d+")) return l;
        if (l.equals("a") || l.equals("an")) return "1";
        Integer w = NumberWords.word(l);
        return w == null ? "X" : String.valueOf(w);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
