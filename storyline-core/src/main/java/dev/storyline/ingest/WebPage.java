package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page as a web server sent it (archived or fetched) turned into a document: shared by the WARC reader and the watcher. */
public final class WebPage {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    private WebPage() {}

    /** Thrown with a reason a person can act on. */
    public static final class UnusablePageException extends Exception {
        UnusablePageException(String message) {
            super(message);
        }
    }

    /** True for an HTTP Content-Type of an HTML page; a missing type counts, as browsers sniff such pages. */
    public static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) return true;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The charset an HTTP Content-Type names, or null. */
    public static String charset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Decodes the body (byte-order mark, header charset, meta charset, UTF-8, as {@link Decoding} does) into an
     * HTML document.
     */
    public static RawDocument document(String source, byte[] body, String contentType, DocumentHints hints)
            throws UnusablePageException {
        try {
            String html = Decoding.decode(body, charset(contentType), true);
            if (html.isBlank()) throw new UnusablePageException("page is empty");
            return new RawDocument(source, RawDocument.Format.HTML, html, hints);
        } catch (Decoding.UndecodableException e) {
            throw new UnusablePageException(e.getMessage());
        }
    }
}
