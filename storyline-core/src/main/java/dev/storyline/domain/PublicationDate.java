package dev.storyline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date found for an article, with where it came from and how far it is trusted.
 *
 * @param date       the calendar day (the first day of the month or year for a coarser {@code precision})
 * @param basis      where it was found: "json", "meta", "json-ld", "time-element", "url", "dateline", "text-date",
 *                   "crawl-date", "page-header", "updated-stamp", "feed", "warc", "weekday-in-lead", "story" ...
 * @param confidence 0..1; below {@link #TRUSTED} a date is kept for display but not used as publication date
 * @param precision  day, month or year: how much of the date the evidence gives
 */
public record PublicationDate(LocalDate date, String basis, double confidence, DatePrecision precision) {
    public static final double TRUSTED = 0.5;

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        precision = precision == null ? DatePrecision.DAY : precision;
    }

    /** A whole day. */
    public PublicationDate(LocalDate date, String basis, double confidence) {
        this(date, basis, confidence, DatePrecision.DAY);
    }

    public boolean trusted() { return confidence >= TRUSTED; }

    /** The same date on another basis (an event date taken over from the publication date, or from the story). */
    public PublicationDate withBasis(String newBasis, double newConfidence) {
        return new PublicationDate(date, newBasis, newConfidence, precision);
    }
}
