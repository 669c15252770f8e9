package dev.storyline.extract;

import dev.storyline.domain.DatePrecision;
import dev.storyline.domain.PublicationDate;
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
    /** How far into the prose written dates and the lead's weekday are looked for. */
    static final int LEAD_CHARS = 600;
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
     * Calendar dates written in the prose, not marked as background; a month and day without a year take the year
     * of {@code yearHint} (a URL's or crawl stamp's month) when there is one.
     */
    static List<PublicationDate> inProse(String prose, Integer yearHint) {
        List<PublicationDate> out = new ArrayList<>();
        String text = prose.length() > PROSE_CHARS ? prose.substring(0, PROSE_CHARS) : prose;
        for (DateText.Found f : DateText.findAll(text)) {
            if (background(text, f.start(), f.end())) continue;
            out.add(new PublicationDate(f.date(), "text-date", TEXT_DATE));
        }
        if (out.isEmpty() && yearHint != null) {
            Matcher m = MONTH_DAY.matcher(text);
            while (m.find()) {
                if (background(text, m.start(), m.end())) continue;
                Optional<LocalDate> d = m.group(1) != null ? day(String.valueOf(yearHint), month(m.group(1)), m.group(2))
                        : day(String.valueOf(yearHint), month(m.group(4)), m.group(3));
                d.ifPresent(x -> out.add(new PublicationDate(x, "text-date", TEXT_DATE)));
            }
        }
        return out;
    }

    /**
     * The day of the reported event: the weekday the lead names, taken nearest to the publication day (back up to
     * six days, or forward one, since a crawl stamp may precede the report); "yesterday" the day before; otherwise
     * the publication day itself. Without a publication day, the latest date written in the prose (reports recall
     * older dates, rarely later ones) that agrees with a month from the URL or crawl stamp, and failing that the
     * month itself.
     */
    static PublicationDate eventDate(PublicationDate published, List<PublicationDate> candidates, String lead) {
        String head = lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead;
        // a page-header or "Updated" stamp (below a prose date's confidence) is no base for the event's day
        if (published != null && published.precision() == DatePrecision.DAY && published.confidence() >= TEXT_DATE) {
            LocalDate base = published.date();
            if (Pattern.compile("(?i)\\byesterday\\b").matcher(head).find()) {
                return new PublicationDate(base.minusDays(1), "yesterday-in-lead", published.confidence());
            }
            Optional<DayOfWeek> weekday = Weekdays.first(head);
            if (weekday.isPresent()) {
                return new PublicationDate(Weekdays.before(base, weekday.get()), "weekday-in-lead", published.confidence());
            }
            return published.withBasis("published", published.confidence());
        }
        Optional<PublicationDate> coarse = candidates.stream().filter(c -> c.precision() != DatePrecision.DAY)
                .max(Comparator.comparingDouble(PublicationDate::confidence));
        // a prose date refines a URL's month when it falls inside it; outside, it is background the URL outranks
        Optional<PublicationDate> prose = candidates.stream().filter(c -> c.basis().equals("text-date"))
                .filter(c -> coarse.isEmpty() || DatePrecision.gapDays(c.date(), DatePrecision.DAY, coarse.get().date(),
                        coarse.get().precision()) == 0)
                .max(Comparator.comparing(PublicationDate::date));
        if (prose.isPresent()) return prose.get();
        return coarse.orElse(null);
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
