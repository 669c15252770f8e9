package dev.storyline.extract;

/**
 * One general rule that recognises a kind of scraper boilerplate line. Rules are small, final, stateless and
 * thread-safe; they see the whole document (neighbouring lines matter: a line repeated, a block at the end)
 * but decide one line at a time. The chain in {@link TextCleaner} records which rule removed what.
 */
public interface CleaningRule {
    /** Short name recorded with each removal, e.g. "reading-time". */
    String name();

    /** True when line {@code i} of the document is boilerplate of this rule's kind. */
    boolean removes(Lines doc, int i);
}
