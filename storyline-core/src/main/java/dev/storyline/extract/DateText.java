package dev.storyline.extract;

import dev.storyline.text.CalendarWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as pages write them: "08 June, 2015", "Friday 23 March 2018", "June 8, 2015", ISO forms, and
 * the day-month-year of other news languages ({@link CalendarWords}): "17 juillet 2014", "17. Juli 2014",
 * "25 de junio de 2021", "17 июля 2014", "6 Şubat 2023", "4 آب 2020".
 */
final class DateText {
    /** Month numbers by the first three letters of their English names (shared with {@link DateEvidence}). */
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** A month's name or abbreviation, one group (with a trailing period allowed). */
    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** Day, month name of another language (a second name after a slash: "6 شباط/فبراير 2023"), year. */
    static final Pattern OTHER_DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{Nd}\\p{L}])(\\p{Nd}{1,2})(?:er|\\.|º)?\\s+(?:de\\s+)?"
            + CalendarWords.MONTH + "(?:/\\p{L}+)?,?\\s+(?:de\\s+|del\\s+)?(\\p{Nd}{4})(?!\\p{Nd})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_LINE_NOISE = Pattern.compile(
            "(?i)\\b(published|updated|posted|last updated|first published|on|at|am|pm|gmt|utc|[a-z]{2,4}t|"
                    + WEEKDAY + ")\\b|\\d{1,2}:\\d{2}(:\\d{2})?|[|,.:–—-]");

    private DateText() {}

    /** The first calendar date written in the text, if any. */
    static Optional<LocalDate> find(String text) {
        if (text == null) return Optional.empty();
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) { best = d; bestAt = m.start(); }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), m.group(1), m.group(2));
            if (d != null) { best = d; bestAt = m.start(); }
        }
        m = OTHER_DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = otherDate(m);
            if (d != null) { best = d; bestAt = m.start(); }
        }
        m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            try {
                best = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException ignored) {
                // "2015-02-31" is not a date; keep what the other forms found
            }
        }
        return Optional.ofNullable(best);
    }

    /** A calendar date written in a text, with where it stands. */
    record Found(LocalDate date, int start, int end) {}

    /** Every full calendar date written in the text ("June 8, 2015", "8 June 2015", ISO), in text order. */
    static java.util.List<Found> findAll(String text) {
        java.util.List<Found> out = new java.util.ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) out.add(new Found(d, m.start(), m.end()));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), m.group(1), m.group(2));
            if (d != null) out.add(new Found(d, m.start(), m.end()));
        }
        m = OTHER_DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = otherDate(m);
            if (d != null) out.add(new Found(d, m.start(), m.end()));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            try {
                out.add(new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), m.start(), m.end()));
            } catch (DateTimeException ignored) {
                // not a calendar date
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** A line that holds a date and nothing else but weekday, time and words like "Published". */
    static boolean isDateLine(String line) {
        String s = line.strip();
        if (s.length() > 60 || find(s).isEmpty()) return false;
        String rest = DAY_MONTH_YEAR.matcher(s).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        rest = OTHER_DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = ISO.matcher(rest).replaceAll(" ");
        rest = DATE_LINE_NOISE.matcher(rest).replaceAll(" ");
        return rest.isBlank();
    }

    /** Machine-written dates: ISO date or date-time (with or without offset), RFC 1123. */
    static Optional<LocalDate> parseMachine(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        Matcher m = ISO.matcher(v);
        if (m.find() && m.start() == 0) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return find(v);
    }

    /** The date an {@link #OTHER_DAY_MONTH_YEAR} match names, null when it is none ("31 février"). */
    private static LocalDate otherDate(Matcher m) {
        Integer month = CalendarWords.month(m.group(2)).orElse(null);
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String year, String month, String day) {
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        if (mo == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31 February 2015" is no date
        }
    }
}
