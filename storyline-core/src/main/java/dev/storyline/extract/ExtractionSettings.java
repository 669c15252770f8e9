package dev.storyline.extract;

import dev.storyline.settings.Ranges;

/**
 * How a page's text is chosen among its candidates ({@link MainText}). Each rule compares amounts of prose
 * (characters of text that is not link text), so each choice can be explained from the page.
 *
 * @param minDeclaredChars a body the publisher declares with schema.org microdata needs this much prose to be taken
 *                         over the scored block: below it, it is a teaser or an empty template slot
 * @param partOfWhole      a declared body or an article element around the block wins when the block holds less than
 *                         this share of its prose
 * @param minMissedChars   and an article element only when it holds this many more characters of prose than the block:
 *                         a headline, standfirst and byline around a short block are no lost half of the article
 * @param minJsonLdWords   a JSON-LD {@code articleBody} is used as evidence only when it has this many words (a summary
 *                         is shorter)
 * @param jsonLdHolds      a text holds the JSON-LD body when it has at least this share of its words
 */
public record ExtractionSettings(int minDeclaredChars, double partOfWhole, int minMissedChars, int minJsonLdWords,
                                 double jsonLdHolds) {
    public static final ExtractionSettings DEFAULTS = new ExtractionSettings(150, 0.5, 1000, 50, 0.8);

    public ExtractionSettings {
        Ranges.check("extraction.minDeclaredChars", minDeclaredChars, 0, 100_000);
        Ranges.check("extraction.partOfWhole", partOfWhole, 0.0, 1.0);
        Ranges.check("extraction.minMissedChars", minMissedChars, 0, 100_000);
        Ranges.check("extraction.minJsonLdWords", minJsonLdWords, 1, 100_000);
        Ranges.check("extraction.jsonLdHolds", jsonLdHolds, 0.0, 1.0);
    }
}
