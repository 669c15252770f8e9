package dev.storyline.extract;

import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
import dev.storyline.text.CalendarWords;
import dev.storyline.text.Weekdays;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence of when, beyond a page's metadata: dates in the URL path, a scraper's crawl-date prefix, dates
 * written in the prose, and the weekday a lead names. Each comes with its basis and a confidence that says how
 * often such evidence is the publication day on real pages (docs/CLUSTERING.md, "Dates"): a URL's day is
 * usually right but can be a repost's; a crawl stamp is often the crawl's day; a date in the prose may be
 * background ("on 17 July last year").
 */
final class DateEvidence {
    static final double URL_DAY = 0.6;
    static final double URL_MONTH_CONFIDENCE = 0.55;
    /** Below {@link PublicationDate#TRUSTED}: a crawl stamp is used only where nothing better is found. */
    static final double CRAWL_DATE = 0.45;
    static final double TEXT_DATE = 0.4;
    /** Below the clusterer's and the story dating's {@code dateConfidence}: a date deep in the text is often background. */
    static final double LATER_TEXT_DATE = 0.3;
    /** A weekday the calendar confirms ("Tuesday, August 4, 2020"): trusted, as a stamp in the text is. */
    static final double WEEKDAY_DATE = 0.5;
    static final double STAMP_IN_TEXT = 0.5;

    private static final String MONTH_WORD = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** 2014/07/17, 2014-07-17, 2014_07_17, 20140717 (also at the end of an id: idCNL6N0PS5OS20140717). */
    private static final Pattern URL_DAY_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-_/]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** /2015/jan/07/ */
    private static final Pattern URL_MONTH_WORD_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})/" + MONTH_WORD + "/(\\d{1,2})(?:/|$)", Pattern.CASE_INSENSITIVE);
    /** a slug's "february-6-2023" or "6-february-2023" */
    private static final Pattern URL_SLUG_DATE = Pattern.compile(
            "(?<![a-z])" + MONTH_WORD + "-(\\d{1,2})-((?:19|20)\\d{2})(?!\\d)|(?<!\\d)(\\d{1,2})-" + MONTH_WORD
                    + "-((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** /2012/07/ : a month */
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])(?:/|$)");
    /** " date 2023-02-07 " or " date 2022-04 " at the very start: a scraper's crawl-date field, kept as returned. */
    static final Pattern CRAWL_PREFIX = Pattern.compile("^\\s*date\\s+((?:19|20)\\d{2})-(\\d{2})(?:-(\\d{2}))?\\s+");
    /** Stamps that say when a page changed, not when it was written. */
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|modified|edited|refreshed)\\b");
    /** A written date the prose marks as background, not as today's news. */
    private static final Pattern BACKGROUND_BEFORE = Pattern.compile("(?i)\\b(since|until|anniversary of|born)\\s*(on\\s+)?$");
    private static final Pattern BACKGROUND_AFTER = Pattern.compile("(?i)^\\W{0,3}(last year|the year before|years? ago)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH_WORD + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_WORD + "\\b(?!,?\\s*\\d{4})");
    /** Day and month of another language with no year after them: "lundi 6 février", "el 25 de junio". */
    private static final Pattern OTHER_DAY_MONTH = Pattern.compile("(?<![\\p{Nd}\\p{L}])(\\p{Nd}{1,2})(?:er|\\.|º)?\\s+(?:de\\s+)?"
            + CalendarWords.MONTH + "(?!\\p{L})(?!(?:/\\p{L}+)?,?\\s*(?:de\\s+|del\\s+)?\\p{Nd}{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Published on", "Posted:" just before a date in the text. */
    private static final Pattern STAMP_BEFORE = Pattern.compile("(?i)\\b(published|posted|first published)\\b(\\s+on)?\\s*:?\\s*$");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(the\\s+)?$");
    /** "jeudi 17 juillet 2014", "Donnerstag, 17. Juli", "el martes 4 de agosto" */
    private static final Pattern OTHER_WEEKDAY_BEFORE = Pattern.compile("(?<!\\p{L})" + CalendarWords.WEEKDAY
            + ",?\\s+(?:le\\s+|el\\s+|den\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far into the prose written dates and the lead's weekday are looked for. */
    static final int LEAD_CHARS = 600;
    /** A lead's date more days than this before the page's own day is recalled background (a month: past any follow-up). */
    static final int RECALLED_DAYS = 30;
    /** "Yesterday" in the major news languages; French "hier" only on a French page (German "hier" is "here"). */
    private static final Pattern YESTERDAY = Pattern.compile(
            "(?iu)(?<!\\p{L})(yesterday|gestern|ayer|ieri|ontem|gisteren|вчера|учора|dün|χθες)(?!\\p{L})");
    private static final Pattern HIER = Pattern.compile("(?iu)(?<!\\p{L})hier(?!\\p{L})");
    /** A written date this far into the body (after the headline) stands in the lead, where the news is dated. */
    static final int LEAD_DATE_CHARS = 300;
    static final int PROSE_CHARS = 2000;

    private DateEvidence() {}

    /** Dates in the URL path, most precise first. */
    static List<PublicationDate> fromUrl(String url) {
        List<PublicationDate> out = new ArrayList<>();
        if (url == null) return out;
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        Matcher m = URL_DAY_DATE.matcher(path);
        if (m.find()) day(m.group(1), Integer.parseInt(m.group(3)), m.group(4)).ifPresent(d -> out.add(new PublicationDate(d, "url", URL_DAY)));
        m = URL_MONTH_WORD_DAY.matcher(path);
        if (out.isEmpty() && m.find()) day(m.group(1), month(m.group(2)), m.group(3)).ifPresent(d -> out.add(new PublicationDate(d, "url", URL_DAY)));
        m = URL_SLUG_DATE.matcher(path);
        if (out.isEmpty() && m.find()) {
            Optional<LocalDate> d = m.group(1) != null ? day(m.group(3), month(m.group(1)), m.group(2))
                    : day(m.group(6), month(m.group(5)), m.group(4));
            d.ifPresent(x -> out.add(new PublicationDate(x, "url", URL_DAY)));
        }
        m = URL_MONTH.matcher(path);
        if (out.isEmpty() && m.find()) {
            out.add(new PublicationDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1), "url",
                    URL_MONTH_CONFIDENCE, DatePrecision.MONTH));
        }
        return out;
    }

    /** The crawl-date prefix of a scraped text, if it starts with one. */
    static Optional<PublicationDate> crawlPrefix(String text) {
        Matcher m = CRAWL_PREFIX.matcher(text);
        if (!m.find()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(new PublicationDate(LocalDate.of(year, month, 1), "crawl-date", CRAWL_DATE, DatePrecision.MONTH));
            }
            return Optional.of(new PublicationDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), "crawl-date", CRAWL_DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The text without its crawl-date prefix. */
    static String withoutCrawlPrefix(String text) {
        return CRAWL_PREFIX.matcher(text).replaceFirst("");
    }

    /** A date line's evidence: an "Updated" stamp says when the page changed, not when it was written. */
    static boolean isUpdatedStamp(String line) {
        return UPDATED.matcher(line).find();
    }

    /**
     * Calendar dates written in the prose, not marked as background, each judged by where and how it is written:
     * <ul>
     *   <li>"Published on 25 October 2013" is the page's stamp, not its event ({@code stamp-in-text});
     *   <li>"on Tuesday, August 4, 2020", a weekday the calendar confirms, is the writer naming the event's day
     *       precisely ({@code weekday-date}, trusted wherever it stands);
     *   <li>a date in the headline or the lead ("On 8 October 2013, the Academy awarded ...") is when the news
     *       happened ({@code lead-date});
     *   <li>a date further down is as often the background the report recalls ("crashed ... on 17 July 2014" in the
     *       report of the inquiry a year later): {@code text-date}, below the confidence that groups or dates a
     *       story, kept for a page with nothing better.
     * </ul>
     * A month and day without a year take the year of {@code yearHint} (a URL's or crawl stamp's month).
     *
     * @param leadChars how many characters at the start of {@code prose} are its headline and lead
     */
    static List<PublicationDate> inProse(String prose, Integer yearHint, int leadChars) {
        List<PublicationDate> out = new ArrayList<>();
        String text = prose.length() > PROSE_CHARS ? prose.substring(0, PROSE_CHARS) : prose;
        for (DateText.Found f : DateText.findAll(text)) {
            if (background(text, f.start(), f.end())) continue;
            out.add(judged(text, f.date(), f.start(), leadChars));
        }
        if (out.isEmpty() && yearHint != null) {
            Matcher m = MONTH_DAY.matcher(text);
            while (m.find()) {
                if (background(text, m.start(), m.end())) continue;
                Optional<LocalDate> d = m.group(1) != null ? day(String.valueOf(yearHint), month(m.group(1)), m.group(2))
                        : day(String.valueOf(yearHint), month(m.group(4)), m.group(3));
                int at = m.start();
                d.ifPresent(x -> out.add(judged(text, x, at, leadChars)));
            }
            m = OTHER_DAY_MONTH.matcher(text);
            while (m.find()) {
                if (background(text, m.start(), m.end())) continue;
                Optional<LocalDate> d = day(String.valueOf(yearHint), CalendarWords.month(m.group(2)).orElse(0), m.group(1));
                int at = m.start();
                d.ifPresent(x -> out.add(judged(text, x, at, leadChars)));
            }
        }
        return out;
    }

    private static PublicationDate judged(String text, LocalDate date, int start, int leadChars) {
        String before = text.substring(Math.max(0, start - 30), start);
        if (STAMP_BEFORE.matcher(before).find()) return new PublicationDate(date, "stamp-in-text", STAMP_IN_TEXT);
        Matcher weekday = WEEKDAY_BEFORE.matcher(before);
        Matcher other = OTHER_WEEKDAY_BEFORE.matcher(before);
        if (weekday.find() && date.getDayOfWeek() == DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT))
                || other.find() && CalendarWords.weekday(other.group(1)).orElse(null) == date.getDayOfWeek()) {
            return new PublicationDate(date, "weekday-date", WEEKDAY_DATE);
        }
        return start < leadChars ? new PublicationDate(date, "lead-date", TEXT_DATE) : new PublicationDate(date, "text-date", LATER_TEXT_DATE);
    }

    /**
     * The day of the reported event, best evidence first:
     * <ol>
     *   <li>a date the writer gave the event: a weekday-confirmed date, or a date in the lead, unless the lead's
     *       weekday contradicts it (a lead of "on Tuesday" does not report a Thursday's date: that is background);
     *   <li>the weekday the lead names, taken nearest to the publication day (back up to six days, or forward one,
     *       since a crawl stamp may precede the report); "yesterday" the day before; otherwise the publication day;
     *   <li>without a publication day, the latest date written in the prose (reports recall older dates, rarely
     *       later ones) that agrees with a month from the URL or crawl stamp, and failing that the month itself.
     * </ol>
     */
    static PublicationDate eventDate(PublicationDate published, List<PublicationDate> candidates, String lead) {
        return eventDate(published, candidates, lead, "en");
    }

    /** The same for a page in {@code language} (an ISO 639-1 code), whose word for "yesterday" is its own. */
    static PublicationDate eventDate(PublicationDate published, List<PublicationDate> candidates, String lead, String language) {
        String head = lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead;
        Optional<DayOfWeek> leadWeekday = Weekdays.first(head);
        boolean datedPage = published != null && published.precision() == DatePrecision.DAY && published.confidence() >= TEXT_DATE;
        Optional<PublicationDate> stated = candidates.stream()
                .filter(c -> c.basis().equals("weekday-date") || c.basis().equals("lead-date"))
                .filter(c -> leadWeekday.isEmpty() || onOrDayAfter(c.date(), leadWeekday.get()))
                // a lead's date long before the page's own day is what the report recalls ("the plane shot down on
                // 17 July 2014" in the report of the inquiry, published in October 2015), not today's news
                .filter(c -> !datedPage || !c.basis().equals("lead-date")
                        || !c.date().isBefore(published.date().minusDays(RECALLED_DAYS)))
                .max(Comparator.comparingDouble(PublicationDate::confidence).thenComparing(PublicationDate::date));
        if (stated.isPresent()) return stated.get();
        // a page-header or "Updated" stamp (below a prose date's confidence) is no base for the event's day
        if (datedPage) {
            LocalDate base = published.date();
            if (YESTERDAY.matcher(head).find() || "fr".equals(language) && HIER.matcher(head).find()) {
                return new PublicationDate(base.minusDays(1), "yesterday-in-lead", published.confidence());
            }
            if (leadWeekday.isPresent()) {
                return new PublicationDate(Weekdays.before(base, leadWeekday.get()), "weekday-in-lead", published.confidence());
            }
            return published.withBasis("published", published.confidence());
        }
        Optional<PublicationDate> coarse = candidates.stream().filter(c -> c.precision() != DatePrecision.DAY)
                .max(Comparator.comparingDouble(PublicationDate::confidence));
        // a prose date refines a URL's month when it falls inside it; outside, it is background the URL outranks
        Optional<PublicationDate> prose = candidates.stream().filter(c -> c.basis().equals("text-date"))
                .filter(c -> leadWeekday.isEmpty() || onOrDayAfter(c.date(), leadWeekday.get()))
                .filter(c -> coarse.isEmpty() || DatePrecision.gapDays(c.date(), DatePrecision.DAY, coarse.get().date(),
                        coarse.get().precision()) == 0)
                .max(Comparator.comparing(PublicationDate::date));
        if (prose.isPresent()) return prose.get();
        return coarse.orElse(null);
    }

    /** A date a lead naming {@code weekday} may have been written on: that day, or the day after it. */
    private static boolean onOrDayAfter(LocalDate date, DayOfWeek weekday) {
        return date.getDayOfWeek() == weekday || date.getDayOfWeek() == weekday.plus(1);
    }

    private static boolean background(String text, int start, int end) {
        return BACKGROUND_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
                || BACKGROUND_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
    }

    private static int month(String word) {
        Integer m = DateText.MONTHS.get(word.toLowerCase(Locale.ROOT).substring(0, 3));
        return m == null ? 0 : m;
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
