package dev.storyline.ingest;

import dev.storyline.domain.DocumentHints;
import dev.storyline.domain.RawDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed: its title (the outlet) and its items, in feed order.
 * Parsed with the DTD switched off entirely: a feed that declares a DOCTYPE is refused, so no external entity
 * is ever fetched and no entity is ever expanded (XXE, billion laughs).
 *
 * @param title the channel or feed title, or null
 * @param items the entries, each with whatever the feed gave
 */
public record Feed(String title, List<Item> items) {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Pattern TAG = Pattern.compile("<[A-Za-z!/][^>]*>");

    public Feed {
        items = List.copyOf(items);
    }

    /**
     * One entry; any field may be null.
     *
     * @param content the full text (content:encoded, atom content) or else the summary (description, atom summary)
     * @param html    whether {@code content} is HTML
     */
    public record Item(String id, String url, String title, String published, String content, boolean html) {
        /** The item as a document to extract, with the feed's title as outlet; null when the item has no content. */
        public RawDocument toDocument(String source, String outlet) {
            if (content == null || content.isBlank()) return null;
            return new RawDocument(source, html ? RawDocument.Format.HTML : RawDocument.Format.TEXT, content,
                    hints(outlet));
        }

        public DocumentHints hints(String outlet) {
            return new DocumentHints(id != null ? id : url, url, title, published, outlet);
        }
    }

    /** Thrown with a reason a person can act on: malformed XML, a refused DOCTYPE, not a feed. */
    public static final class FeedException extends Exception {
        FeedException(String message) {
            super(message);
        }
    }

    /** Parses feed bytes; the XML declaration (or UTF-8) gives the encoding. */
    public static Feed parse(byte[] xml) throws FeedException {
        Document doc;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            // nothing may be resolved: a parser that still asks for an entity gets an empty one, never a fetch
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            // the feature's name is in the parser's message whatever its language
            if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
                throw new FeedException("feed declares a DOCTYPE, refused: DTDs can read local files or expand "
                        + "entities without bound (XXE, billion laughs)");
            }
            throw new FeedException("malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + message);
        } catch (SAXException e) {
            throw new FeedException("malformed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new FeedException("cannot parse XML: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        return switch (name) {
            case "rss" -> rss(child(root, "channel"), child(root, "channel"));
            case "RDF" -> rss(child(root, "channel"), root);
            case "feed" -> atom(root);
            default -> throw new FeedException("XML is not an RSS or Atom feed (root element <" + root.getNodeName() + ">)");
        };
    }

    private static Feed rss(Element channel, Element itemParent) throws FeedException {
        if (channel == null || itemParent == null) throw new FeedException("RSS feed without a <channel>");
        List<Item> items = new ArrayList<>();
        for (Element item : children(itemParent, "item")) {
            String guid = text(child(item, "guid"));
            String link = text(child(item, "link"));
            if (link == null && item.hasAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about")) {
                link = item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
            }
            Element guidElement = child(item, "guid");
            if (link == null && guid != null && guidElement != null
                    && !"false".equalsIgnoreCase(guidElement.getAttribute("isPermaLink")) && web(guid)) {
                link = guid;
            }
            String published = firstNonNull(text(child(item, "pubDate")), text(childNs(item, DC, "date")));
            String full = text(childNs(item, CONTENT, "encoded"));
            String content = full != null ? full : text(child(item, "description"));
            items.add(new Item(guid, web(link) ? link : null, text(child(item, "title")), published, content,
                    full != null || looksLikeHtml(content)));
        }
        return new Feed(text(child(channel, "title")), items);
    }

    private static Feed atom(Element feed) {
        List<Item> items = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            String link = null;
            for (Element l : children(entry, "link")) {
                String rel = l.getAttribute("rel");
                if ((rel.isEmpty() || rel.equals("alternate")) && web(l.getAttribute("href"))) {
                    link = l.getAttribute("href");
                    break;
                }
            }
            String published = firstNonNull(text(child(entry, "published")), text(child(entry, "updated")));
            Element body = child(entry, "content");
            if (body == null || text(body) == null) body = child(entry, "summary");
            String content = null;
            boolean html = false;
            if (body != null) {
                String type = body.getAttribute("type").toLowerCase(Locale.ROOT);
                if (type.equals("xhtml")) {
                    content = innerXml(body);
                    html = true;
                } else {
                    content = text(body);
                    html = type.equals("html") || type.contains("html") || looksLikeHtml(content);
                }
            }
            items.add(new Item(text(child(entry, "id")), link, text(child(entry, "title")), published, content, html));
        }
        return new Feed(text(child(feed, "title")), items);
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilderFactory factory() {
        // the JDK's own parser, not whichever one a dependency puts on the class path: the hardening below is
        // written for it (an old Xerces, for one, rejects the JAXP access properties)
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // belt and braces should a DOCTYPE ever get through: no expansion beyond a handful
        f.setAttribute("jdk.xml.entityExpansionLimit", "16");
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop a feed
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static boolean web(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    private static boolean looksLikeHtml(String content) {
        return content != null && TAG.matcher(content).find();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** First child element by local name, in no namespace, RSS 1.0's or Atom's (never a module's like content:). */
    private static Element child(Element parent, String name) {
        if (parent == null) return null;
        for (Element e : children(parent, name)) return e;
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e)) && plain(e.getNamespaceURI())) out.add(e);
        }
        return out;
    }

    private static boolean plain(String ns) {
        return ns == null || ns.equals(ATOM) || ns.equals("http://purl.org/rss/1.0/")
                || ns.equals("http://backend.userland.com/rss2");
    }

    private static Element childNs(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e)) && ns.equals(e.getNamespaceURI())) return e;
        }
        return null;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static String text(Element e) {
        if (e == null) return null;
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Atom's type="xhtml" content is markup inline in the feed: serialise it back (a div wraps it by the spec). */
    private static String innerXml(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) serialise(n, out);
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static void serialise(Node n, StringBuilder out) {
        if (n instanceof Element e) {
            String name = localName(e);
            out.append('<').append(name);
            var attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if (a.getNodeName().startsWith("xmlns")) continue;
                out.append(' ').append(a.getLocalName() != null ? a.getLocalName() : a.getNodeName()).append("=\"")
                        .append(escape(a.getNodeValue()).replace("\"", "&quot;")).append('"');
            }
            out.append('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) serialise(c, out);
            out.append("</").append(name).append('>');
        } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(escape(n.getNodeValue()));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
