package dev.storyline.extract;

import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/**
 * Character references left in plain text: scrapers and SGML corpora leave "&amp;", "&AMP;", "&#39;" where the
 * character stood, and a reader should see "AT&T", not "AT&AMP;T". Known references become their characters (jsoup's
 * table of HTML's named references, numeric ones too); a reference no table knows ("&LR;" in DUC's SGML) stands for
 * no text and goes.
 */
public final class CharacterReferences {
    private CharacterReferences() {}

    private static final Pattern UNKNOWN = Pattern.compile("&[A-Za-z][A-Za-z0-9]{1,9};");

    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) return text;
        return UNKNOWN.matcher(Parser.unescapeEntities(text, false)).replaceAll("");
    }
}
