package dev.storyline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: the output of extraction.
 *
 * @param id          stable id: the container's id if it gave one, else derived from the content hash
 * @param source      the path or URL it came from
 * @param url         canonical URL if known
 * @param title       headline
 * @param outlet      publishing outlet if known
 * @param byline      author line if known
 * @param published   best evidence of the publication day, or null when nothing trustworthy was found
 * @param dates       every date candidate seen, trusted or not (e.g. a crawl date in the page header)
 * @param eventDate   best evidence of the day the reported event happened (a "Tuesday" in the lead of a Wednesday
 *                    page), with its basis, confidence and precision; null when the page gives none
 * @param text        the cleaned body, paragraphs separated by blank lines
 * @param removed     what cleaning removed, in document order
 * @param contentHash hash of normalised title and text; equal content gives an equal hash
 * @param language    the language it is written in, ISO 639-1 ("en", "fr") or 639-3 where there is no two-letter
 *                    code, "und" when it could not be told; null for an article stored before languages were read
 * @param bodySource  which evidence on the page gave the text; null for an article built by a caller or stored before
 *                    this was recorded
 * @param evidence    where the headline, byline and outlet were read and how the language was told; null for an
 *                    article built by a caller or stored before this was recorded
 */
public record Article(String id, String source, String url, String title, String outlet, String byline,
                      LocalDate published, List<PublicationDate> dates, String text, List<Removal> removed,
                      String contentHash, PublicationDate eventDate, String language, BodySource bodySource,
                      ArticleEvidence evidence) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        dates = List.copyOf(dates == null ? List.of() : dates);
        removed = List.copyOf(removed == null ? List.of() : removed);
    }

    /** An article whose fields' evidence is not recorded. */
    public Article(String id, String source, String url, String title, String outlet, String byline,
                   LocalDate published, List<PublicationDate> dates, String text, List<Removal> removed,
                   String contentHash, PublicationDate eventDate, String language, BodySource bodySource) {
        this(id, source, url, title, outlet, byline, published, dates, text, removed, contentHash, eventDate, language,
                bodySource, null);
    }

    /** An article whose body source is not recorded (built by a caller, not by extraction). */
    public Article(String id, String source, String url, String title, String outlet, String byline,
                   LocalDate published, List<PublicationDate> dates, String text, List<Removal> removed,
                   String contentHash, PublicationDate eventDate, String language) {
        this(id, source, url, title, outlet, byline, published, dates, text, removed, contentHash, eventDate, language, null);
    }

    /** An article whose language was not identified (by a caller that builds articles itself). */
    public Article(String id, String source, String url, String title, String outlet, String byline,
                   LocalDate published, List<PublicationDate> dates, String text, List<Removal> removed,
                   String contentHash, PublicationDate eventDate) {
        this(id, source, url, title, outlet, byline, published, dates, text, removed, contentHash, eventDate, null);
    }

    /** An article whose event date is not known apart from its publication date. */
    public Article(String id, String source, String url, String title, String outlet, String byline,
                   LocalDate published, List<PublicationDate> dates, String text, List<Removal> removed,
                   String contentHash) {
        this(id, source, url, title, outlet, byline, published, dates, text, removed, contentHash,
                published == null ? null : new PublicationDate(published, "published", PublicationDate.TRUSTED));
    }
}
