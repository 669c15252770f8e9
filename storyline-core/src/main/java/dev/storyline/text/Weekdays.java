package dev.storyline.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekday a news lead names ("rescuers raced Tuesday"), resolved to a calendar day near a known one. Reports
 * name the day of the event and are written on it or within days after; a crawl stamp may be a day early.
 */
public final class Weekdays {
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** Another language's weekday ({@link CalendarWords}), German compounds too: "am Donnerstagnachmittag". */
    private static final Pattern OTHER_WEEKDAY = Pattern.compile("(?<!\\p{L})" + CalendarWords.WEEKDAY
            + "(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Weekdays() {}

    /** The first weekday named in the text, in English or another news language, if any. */
    public static Optional<DayOfWeek> first(String text) {
        Matcher m = WEEKDAY.matcher(text);
        Matcher other = OTHER_WEEKDAY.matcher(text);
        boolean english = m.find();
        if (other.find() && (!english || other.start() < m.start())) return CalendarWords.weekday(other.group(1));
        return english ? Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /** The day of {@code weekday} nearest {@code base}: up to six days back, or one forward. */
    public static LocalDate before(LocalDate base, DayOfWeek weekday) {
        int back = (base.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
        return back == 6 ? base.plusDays(1) : base.minusDays(back);
    }

    /** The day of {@code weekday} nearest {@code around}, three days either way (when the base is the event's day). */
    public static LocalDate nearest(LocalDate around, DayOfWeek weekday) {
        int forward = (weekday.getValue() - around.getDayOfWeek().getValue() + 7) % 7;
        return forward <= 3 ? around.plusDays(forward) : around.minusDays(7 - forward);
    }
}
