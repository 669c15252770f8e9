package dev.storyline.domain;

import java.time.LocalDate;

/**
 * A date found for an article, with where it came from and how far it is trusted.
 *
 * @param date       the calendar day
 * @param basis      where it was found: "json", "meta", "json-ld", "time-element", "url", "dateline", "page-header", "feed", "warc" ...
 * @param confidence 0..1; below {@link #TRUSTED} a date is kept for display but not used as publication date
 */
public record PublicationDate(LocalDate date, String basis, double confidence) {
    public static final double TRUSTED = 0.5;

    public boolean trusted() { return confidence >= TRUSTED; }
}
