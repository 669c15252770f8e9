package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named entities by rule: runs of capitalised words (with "al-", "of", "for" inside names), typed by cues —
 * a title before a name is a person, organisation words and acronyms an organisation, a preposition of place
 * before a name a location, nationality and faith adjectives a group. Mentions are linked within an article
 * to the longest name that ends with the same word ("Soleimani" → "Qassem Soleimani").
 * No trained English NER model ships with OpenNLP; this is the deliberate, measurable first step.
 * Thread-safe, stateless.
 */
public final class EntityRecognizer {
    static final String RULE = "entity-rules";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}'’-])(?:(?:al|as|ad|an|el|ash)-)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|for|the|al|bin|de|van|von)\\s+)?(?:(?:al|as|ad|an|el|ash)-)?\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "general", "gen.",
            "maj.", "gen", "maj", "colonel", "col.", "governor", "mayor", "senator", "sen.", "king", "prince", "prime",
            "director", "chief", "commander", "spokesman", "spokeswoman", "secretary", "judge", "leader", "ayatollah", "sheikh");
    private static final Pattern ORG = Pattern.compile(
            "(?i)\\b(army|front|force|forces|guards?|agency|ministry|council|party|observatory|bank|company|corp|inc|"
                    + "university|committee|union|association|organi[sz]ation|court|parliament|assembly|police|brigade|"
                    + "movement|group|news|times|press|post|herald|channel|hospital|office|department|reuters|afp|nato|un)\\b");
    private static final Pattern GROUP = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{Ll}]+(?:ian|ean|ese|ish|ic|i)|Shiite|Shia|Sunni|Kurdish|Kurds|Arab|Arabs|Jewish|Muslim|Christian|Islamist)s?$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(in|to|from|near|at|into|across|outside|around|towards?)\\s+(?:the\\s+)?$");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "i", "but", "and", "or", "if", "when", "while", "after", "before", "on", "in", "at", "as", "for",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "meanwhile",
            "however", "thus", "according", "there", "his", "her", "their", "its", "our", "read", "later", "earlier", "then",
            "also", "still", "yet", "now", "today", "yesterday", "last", "next", "so", "since", "despite", "although", "with",
            "by", "from", "over", "under", "some", "many", "most", "all", "both", "several", "other", "such", "what", "who");

    public List<EntityMention> extract(AnalyzedArticle article) {
        List<Span> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            Matcher m = NAME.matcher(s.text());
            while (m.find()) {
                int[] range = trim(m.group());
                String name = m.group().substring(range[0], range[1]);
                int offset = range[0];
                if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) continue;
                int start = m.start() + offset;
                String before = s.text().substring(0, start);
                // a capitalised sentence opener is a name only when it is more than one word or clearly typed
                boolean opener = before.isBlank();
                String type = type(name, before);
                if (opener && !name.contains(" ") && type.equals("UNKNOWN")) continue;
                if (type.equals("UNKNOWN")) type = name.contains(" ") ? "PERSON" : "ORGANIZATION";
                if (isTitleOnly(name)) continue;
                spans.add(new Span(article.id(), s.index(), s.start() + start, s.start() + start + name.length(), name));
                types.add(type);
            }
        }
        Map<String, String> canonical = link(spans);
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(new EntityMention(spans.get(i), types.get(i), canonical.get(spans.get(i).text()), RULE));
        }
        return out;
    }

    private static String type(String name, String before) {
        String lastWordBefore = before.strip().replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (GROUP.matcher(name).matches()) return "GROUP";
        if (ORG.matcher(name).find() || name.matches("[\\p{Lu}]{2,}s?")) return "ORGANIZATION";
        if (TITLES.contains(lastWordBefore) || TITLES.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) return "PERSON";
        if (PLACE_BEFORE.matcher(before).find()) return "LOCATION";
        return "UNKNOWN";
    }

    /** Titles open a name ("Maj. Gen. Qassem Soleimani") but are not part of what it links to. */
    private static final Pattern WORD = Pattern.compile("\\S+");

    /**
     * Where the name is in a match, without leading titles and function words and trailing dots or apostrophes,
     * as offsets into the match: the span must be the text as written (tabs and double spaces included).
     */
    private static int[] trim(String match) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(match);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        if (words.isEmpty()) return new int[]{0, 0};
        int i = 0;
        while (i < words.size() - 1) {
            String word = match.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(word) && !NOT_NAMES.contains(word)) break;
            i++;
        }
        int start = words.get(i)[0];
        int end = words.get(words.size() - 1)[1];
        while (end > start && ".'’".indexOf(match.charAt(end - 1)) >= 0) end--;
        return new int[]{start, end};
    }

    private static boolean isTitleOnly(String name) {
        return TITLES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Each name to the longest name in the article that ends with its last word. */
    private static Map<String, String> link(List<Span> spans) {
        Map<String, String> longest = new LinkedHashMap<>();
        for (Span s : spans) {
            String last = lastWord(s.text());
            String current = longest.get(last);
            if (current == null || s.text().length() > current.length()) longest.put(last, s.text());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Span s : spans) out.put(s.text(), longest.get(lastWord(s.text())));
        return out;
    }

    private static String lastWord(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }
}
