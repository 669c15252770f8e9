package dev.storyline.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.text.Words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * No trained English NER model ships with OpenNLP; this is the deliberate, measurable first step. A sentence in
 * Chinese or Japanese script has no capitals to go by: {@link ChinesePlaces} finds the places it names.
 * Thread-safe, stateless.
 */
public final class EntityRecognizer {
    static final String RULE = "entity-rules";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}'’-])(?:(?:al|as|ad|an|el|ash)-)?\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+(?:(?:of|for|the|al|bin|de|van|von)\\s+)?(?:(?:al|as|ad|an|el|ash)-)?\\p{Lu}[\\p{L}\\p{N}'’.-]*)*");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "general", "gen.",
            "maj.", "gen", "maj", "colonel", "col.", "governor", "mayor", "senator", "sen.", "king", "prince", "prime",
            "director", "chief", "commander", "spokesman", "spokeswoman", "secretary", "judge", "leader", "ayatollah", "sheikh",
            "ceo", "chairman", "chairwoman", "founder", "executive");
    private static final Pattern ORG = Pattern.compile(
            "(?i)\\b(army|front|force|forces|guards?|agency|ministry|council|party|observatory|bank|company|corp|inc|"
                    + "university|committee|union|association|organi[sz]ation|court|parliament|assembly|police|brigade|"
                    + "movement|group|news|times|press|post|herald|channel|hospital|office|department|reuters|afp|nato|un|"
                    + "corporation|co|ltd|llc|plc|ag|sa|holdings?|motors|airlines|airways|computers?|corps|systems|"
                    + "technologies|industries|electric|capital|partners|securities|exchange|fund|institute|foundation)\\b");
    /** Places typed by name alone: every country's English name, and the regions, states and cities of places.txt. */
    private static final Set<String> PLACES = words("places.txt", true);
    /** Given names: an otherwise untyped name of several words is a person's when it starts with one. */
    private static final Set<String> GIVEN_NAMES = words("given-names.txt", false);
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

    /** The names a learned tagger finds, when one is set; null when the capitalisation rules find them. */
    private final NameTagger tagger;

    /** Names found by the rules. */
    public EntityRecognizer() {
        this(null);
    }

    /**
     * Names found by the tagger (people, organisations, places) and groups by the rules, typed and linked as the
     * rules' are; null for the rules alone.
     */
    public EntityRecognizer(NameTagger tagger) {
        this.tagger = tagger;
    }

    public List<EntityMention> extract(AnalyzedArticle article) {
        List<Span> spans = new ArrayList<>();
        List<EntityType> types = new ArrayList<>(); // null: no cue typed it yet
        Set<String> alone = new HashSet<>(); // one-word names, sentence openers included
        List<EntityMention> places = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.text().codePoints().anyMatch(Words::unspaced)) { // no capitals to go by: the places it names
                places.addAll(ChinesePlaces.extract(article.id(), s));
                continue;
            }
            if (tagger != null) {
                tagged(article.id(), s, spans, types);
                continue;
            }
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
                EntityType type = type(name, before);
                if (!name.contains(" ")) alone.add(name);
                if (opener && !name.contains(" ") && type == null) continue;
                if (type == null && name.contains(" ") && GIVEN_NAMES.contains(Words.pieces(name)[0])) type = EntityType.PERSON;
                if (isTitleOnly(name)) continue;
                spans.add(new Span(article.id(), s.index(), s.start() + start, s.start() + start + name.length(), name));
                types.add(type);
            }
        }
        // a name no cue typed is a person's when the article goes on to call it by its last word alone ("Mulally"),
        // as news does people; an organisation it shortens, if at all, to its first ("Ford")
        for (int i = 0; i < spans.size(); i++) {
            if (types.get(i) != null) continue;
            String[] words = Words.pieces(spans.get(i).text());
            types.set(i, words.length > 1 && alone.contains(words[words.length - 1]) ? EntityType.PERSON : EntityType.ORGANIZATION);
        }
        Map<String, String> canonical = link(spans);
        // "Jobs" is typed as the "Steve Jobs" it links to, when that full name was typed by a cue
        Map<String, EntityType> typeOfName = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) typeOfName.putIfAbsent(spans.get(i).text(), types.get(i));
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String linked = canonical.get(spans.get(i).text());
            EntityType type = types.get(i);
            if (!linked.equals(spans.get(i).text()) && type != EntityType.GROUP) type = typeOfName.getOrDefault(linked, type);
            out.add(new EntityMention(spans.get(i), type, linked, RULE));
        }
        if (places.isEmpty()) return out;
        out.addAll(places);
        out.sort(Comparator.comparingInt(e -> e.span().start()));
        return out;
    }

    /**
     * The tagger's names in the sentence, and the groups the rules find outside them (nationalities and faiths,
     * which a CoNLL-style tagger leaves untyped).
     */
    private void tagged(String articleId, Sentence s, List<Span> spans, List<EntityType> types) {
        List<NameTagger.Name> names = new ArrayList<>(tagger.names(s.text()));
        Matcher m = NAME.matcher(s.text());
        while (m.find()) {
            int[] range = trim(m.group());
            String name = m.group().substring(range[0], range[1]);
            int start = m.start() + range[0];
            int end = start + name.length();
            if (name.isEmpty() || !GROUP.matcher(name).matches()) continue;
            if (names.stream().anyMatch(n -> n.start() < end && start < n.end())) continue;
            names.add(new NameTagger.Name(start, end, EntityType.GROUP));
        }
        names.sort(Comparator.comparingInt(NameTagger.Name::start));
        for (NameTagger.Name n : names) {
            spans.add(new Span(articleId, s.index(), s.start() + n.start(), s.start() + n.end(), s.text().substring(n.start(), n.end())));
            types.add(n.type());
        }
    }

    /** The type a cue gives the name, or null when none does. */
    private static EntityType type(String name, String before) {
        String lastWordBefore = before.strip().replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (GROUP.matcher(name).matches()) return EntityType.GROUP;
        if (PLACES.contains(name)) return EntityType.LOCATION;
        if (ORG.matcher(name).find() || name.matches("[\\p{Lu}]{2,}s?")) return EntityType.ORGANIZATION;
        if (TITLES.contains(lastWordBefore) || TITLES.contains(Words.pieces(name)[0].toLowerCase(Locale.ROOT))) return EntityType.PERSON;
        if (PLACE_BEFORE.matcher(before).find()) return EntityType.LOCATION;
        return null;
    }

    /** Titles open a name ("Maj. Gen. Qassem Soleimani") but are not part of what it links to. */
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    /** Name endings whose dot is part of the name ("Apple Inc."). */
    private static final Set<String> ABBREVIATED = Set.of("inc.", "corp.", "co.", "ltd.", "jr.", "sr.");

    /**
     * Where the name is in a match, without leading titles and function words and trailing dots or apostrophes,
     * as offsets into the match: the span must be the text as written (tabs and double spaces included).
     */
    private static int[] trim(String match) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(match);
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        if (words.isEmpty()) return new int[]{0, 0};
        // the name starts after the last title or function word before its last word: "Apple CEO Steve Jobs"
        // names Steve Jobs; "General Motors Corporation" is a company, "General Qassem Soleimani" a general
        int i = 0;
        for (int k = 0; k < words.size() - 1; k++) {
            String word = match.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
            boolean title = TITLES.contains(word) || (k == i && NOT_NAMES.contains(word));
            if (word.equals("general") && (words.size() - k < 3 || ORG.matcher(match.substring(words.get(k)[1])).find())) title = false;
            if (title) i = k + 1;
        }
        int start = words.get(i)[0];
        int end = words.get(words.size() - 1)[1];
        // "Apple's" names Apple; "U.S." keeps its last dot, a sentence's full stop goes
        if (end - start > 2 && (match.startsWith("'s", end - 2) || match.startsWith("’s", end - 2))) end -= 2;
        String last = match.substring(words.get(words.size() - 1)[0], end);
        boolean acronym = ACRONYM.matcher(last).matches() || ABBREVIATED.contains(last.toLowerCase(Locale.ROOT));
        while (!acronym && end > start && ".'’".indexOf(match.charAt(end - 1)) >= 0) end--;
        return new int[]{start, end};
    }

    /** A resource's entries, one a line ({@code lines}) or separated by any white space; '#' starts a comment. */
    private static Set<String> words(String resource, boolean lines) {
        Set<String> out = new HashSet<>();
        if (lines) for (String code : Locale.getISOCountries()) out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        try (var in = EntityRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) continue;
                for (String entry : lines ? new String[]{line.strip()} : Words.pieces(line.strip())) {
                    if (!entry.isEmpty()) out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    private static boolean isTitleOnly(String name) {
        return TITLES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Each name to the longest name in the article that ends with all its words ("Soleimani" and "Qassem
     * Soleimani" to "Qassem Soleimani"; "Singapore Airlines" not to "China Eastern Airlines").
     */
    private static Map<String, String> link(List<Span> spans) {
        List<String> names = spans.stream().map(Span::text).distinct().toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String tail = " " + name.toLowerCase(Locale.ROOT);
            String best = name;
            for (String other : names) {
                if (other.length() > best.length() && (" " + other.toLowerCase(Locale.ROOT)).endsWith(tail)) best = other;
            }
            out.put(name, best);
        }
        return out;
    }
}
