package dev.storyline.facts;

import dev.storyline.text.Words;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the words an attribution rule took for its speaker name one, and the speaker without the clause words
 * around it. A rule sees a cue ("said", "according to") and takes the words before or after it; in real pages those
 * are often "Earlier on Wednesday President François Hollande" (the speaker after a time), "about which Dutch Prime
 * Minister Mark Rutte", or no speaker at all: "Chauvin stands", "with Kim Jong-un ended abruptly on Thursday as the
 * president", "Flames". A speaker is a noun phrase whose head is a person, a body, a document or a pronoun, or a
 * name. Stateless.
 */
final class SpeakerPhrase {
    private SpeakerPhrase() {}

    /** Words a clause opens with before its subject, stripped one after another. */
    private static final Pattern[] LEADING = {
            Pattern.compile("(?i)^(?:meanwhile|earlier|later|separately|moreover|also|then|now|in turn)\\b,?\\s+"),
            Pattern.compile("(?i)^(?:early |late |earlier |later )?on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
                    + "(?: (?:morning|afternoon|evening|night))?,?\\s+"),
            Pattern.compile("(?i)^(?:last|this|next) (?:year|week|month|night|weekend),?\\s+"),
            Pattern.compile("(?i)^(?:about|of|to|for|with|by) (?:which|whom)\\s+"),
            Pattern.compile("(?i)^according to\\s+")};
    /**
     * Words a clause closes with after its subject: "Russia for its part", "data from a satellite which", "Gingrich
     * cynically", "Mr. Trump has repeatedly", "Wells Fargo just this month", "Eric Schneiderman isn't".
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:\\s+for (?:its|his|her|their) part|\\s+(?:which|who|that)|\\s+(?:just\\s+)?(?:this|last|next) (?:month|week|year)"
                    + "|\\s+(?:has|have|had|is|was|also|often|still|now|then|again|even|repeatedly|"
                    + "(?-i:(?!family|assembly|rally|ally|supply|daily|weekly|monthly|july|reply|anomaly|monopoly)\\p{Ll}{3,}ly)|"
                    + "isn[’']t|doesn[’']t|didn[’']t|don[’']t|won[’']t|wasn[’']t|hasn[’']t|haven[’']t))+[\\s,]*$");
    /** A first word that opens a phrase of circumstance, never a speaker ("Among those", "using a missile and ..."). */
    private static final Set<String> NOT_FIRST = Set.of("as", "among", "on", "about", "with", "using", "leaving", "after",
            "before", "during", "at", "by", "for", "from", "into", "over", "under", "while", "when", "if", "because",
            "though", "although", "even", "what", "how", "why", "without", "against", "despite", "than", "like",
            "unlike", "including", "in");
    /** A last word that leaves a phrase open: a speaker does not end with "and", "that", "her". */
    private static final Set<String> NOT_LAST = Set.of("that", "which", "who", "and", "or", "but", "a", "an", "the", "what",
            "his", "her", "its", "their", "even", "also", "then", "as", "of", "to", "with", "for", "on", "in", "at", "by",
            "not", "has", "have", "had", "was", "were", "is", "are");
    /** A verb with its object or manner after it: "blasted longtime fixer", "signed a joint statement", "ended abruptly". */
    private static final Pattern VERB_WITH_OBJECT = Pattern.compile(
            "\\b\\p{Ll}+ed\\s+(?:a|an|the|his|her|its|their|longtime|\\p{Ll}+ly)\\b");
    /**
     * Where a noun phrase's head ends: before its complement ("head of the operation", "researchers at CERN", "a
     * report released last year").
     */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "(?i),|\\s(?:of|at|from|in|with|for|on|by|to|via|who|which|that)\\s"
                    // a participle after the noun, with its own adverbial ("released last year"); "an unnamed source" is none
                    + "|\\s(?-i:\\p{Ll}+ed)\\s+(?=(?:in|on|at|by|last|this|earlier|yesterday|to|from|for|with|during|after|online)\\b)");
    /** Heads that speak: people, bodies, media, and documents that state figures. */
    private static final Pattern SPEAKER_HEAD = Pattern.compile("(?i)^(?:sources?|officials?|diplomats?|analysts?|"
            + "observers?|reports?|residents?|witness(?:es)?|activists?|experts?|insiders?|spokes(?:man|woman|person|men|women|people)|"
            + "figures?|someone|people|person|president|minister|chairman|chairwoman|chair|director|secretary|governor|"
            + "senator|lawmakers?|leaders?|candidates?|nominee|mayor|chief|head|officers?|managers?|founders?|professors?|"
            + "researchers?|scientists?|economists?|lawyers?|attorneys?|judges?|police|policemen|campaign|company|firm|"
            + "government|ministry|department|agency|group|party|committee|commission|council|court|study|survey|poll|"
            + "report|data|results|estimates?|projections?|statement|count|census|schedule|agenda|calendar|records?|"
            + "documents?|filings?|tally|calculations?|transcript|bulletin|release|communiqu[eé]|voters?|critics?|supporters?|aides?|"
            + "advisers?|advisors?|representatives?|congress(?:wo)?man|ambassadors?|commanders?|army|military|navy|forces|"
            + "troops|union|association|federation|institute|office|board|service|authority|authorities|bureau|"
            + "organi[sz]ation|foundation|society|coalition|alliance|observatory|unit|team|experiments?|collaborations?|"
            + "investigators?|prosecutors?|rebels?|militants?|workers?|rescuers?|doctors?|nurses?|medics?|survivors?|"
            + "passengers?|families|relatives|neighbou?rs?|students?|parents?|victims?|kids|children|boys|girls|men|women|"
            + "media|television|tv|radio|newspapers?|papers?|broadcasters?|channels?|stations?|outlets?|websites?|magazines?|"
            + "networks?|agencies|ministries|governments|councils|committees|companies|firms|groups|parties|offices|"
            + "administration|state|prime|jury|panel|family|opposition|man|woman|members?|banks?|clips?|videos?|"
            + "slides?|polls?|journals?|chorus|surrogates?|partners?|allies|ally|staff|crew|wife|husband|sons?|daughters?|"
            + "mother|father|brothers?|sisters?|friends?|colleagues?|brief|submission|complaint|lawsuit|memo|letters?|"
            + "e-?mails?|tweets?|posts?|story|article|average|index|he|she|they|we|i|it|you|one)$"
            // an agent or a people by its ending: commissioner, announcer, historian, journalist, Americans
            + "|^\\p{L}{3,}(?:er|or|ist|ian|man|men|woman|women)s?$|(?-i:^\\p{Lu}\\p{Ll}+(?:ans|ese)$)");
    private static final Pattern APPOSITION_OR_RELATIVE = Pattern.compile("(?i),|\\s(?:who|which|that)\\s");
    private static final Pattern POSTMODIFIER = Pattern.compile(
            "(?i)\\s+(?:close|closer|familiar|near|loyal|linked|allied|opposed|aligned|connected|speaking|briefed)$");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu}\\d-]*$");

    /**
     * Verbs only a speaker does: "Musk says", "Bangladesh said", "Reuters also reported"; and the colon of a
     * headline's or a transcript's speaker ("Carson: ...").
     */
    private static final Pattern SPEECH = Pattern.compile("(?i)^(?:said|says|told|tells|reported|reports|added|adds|stated|"
            + "states|announced|announces|wrote|writes|tweeted|tweets|claimed|claims|insisted|insists|warned|warns|"
            + "confirmed|confirms|denied|denies|declared|declares|replied|explained|:)$");

    /** {@link #speaker(String, Set, String)} for words without a verb of speech after them ("according to ..."). */
    static String speaker(String words, Set<String> namesInText) {
        return speaker(words, namesInText, null);
    }

    /**
     * The speaker these words name, trimmed of the clause words around it, or null when they name none.
     * {@code namesInText}: words the article writes capitalised inside a sentence. A single capitalised word opening
     * a sentence is a name when the text writes it so elsewhere, or when what it does is speak ({@code cue}: "Musk
     * says"); "Videos showed", "Flames continued" are things.
     */
    static String speaker(String words, Set<String> namesInText, String cue) {
        String s = words.strip();
        boolean stripped = true;
        while (stripped && !s.isEmpty()) {
            stripped = false;
            for (Pattern p : LEADING) {
                String t = p.matcher(s).replaceFirst("");
                if (!t.equals(s)) {
                    s = t;
                    stripped = true;
                }
            }
        }
        s = TRAILING.matcher(s).replaceFirst("").strip();
        if (s.isEmpty()) return null;
        String[] w = Words.pieces(s);
        if (NOT_FIRST.contains(w[0].toLowerCase(Locale.ROOT))) return null;
        if (NOT_LAST.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) return null;
        if (s.contains("n't") || s.contains("n’t")) return null;
        java.util.regex.Matcher complement = COMPLEMENT.matcher(s);
        boolean hasComplement = complement.find() && complement.start() > 0;
        String core = hasComplement ? s.substring(0, complement.start()).strip() : s;
        // a verb with its object before any apposition or relative clause: the words are a clause, not a speaker
        java.util.regex.Matcher clause = APPOSITION_OR_RELATIVE.matcher(s);
        if (VERB_WITH_OBJECT.matcher(clause.find() ? s.substring(0, clause.start()) : s).find()) return null;
        // "calculations by the Valmora Savers Association": a work is the speaker its author is
        if (hasComplement && complement.group().strip().equalsIgnoreCase("by")) {
            return speaker(s.substring(complement.end()), namesInText, null) != null ? s : null;
        }
        // "a source close to the regime", "officials familiar with the talks": the adjective follows its noun
        core = POSTMODIFIER.matcher(core).replaceFirst("");
        String[] cw = Words.pieces(core);
        String head = cw[cw.length - 1].replaceAll("(?:'s|’s|'|’)$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
        if (head.isEmpty()) return null;
        if (SPEAKER_HEAD.matcher(head).matches() || ACRONYM.matcher(head).matches()) return s;
        if (!Character.isUpperCase(head.charAt(0))) return null;
        // a capitalised head: a name, when more than one capitalised word makes it or the text writes it as one
        boolean oneWord = cw.length == 1;
        return !oneWord || namesInText.contains(head) || cue != null && SPEECH.matcher(cue.strip()).matches() ? s : null;
    }

    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)$");

    /** The words {@code text} writes capitalised after a sentence's first word: the names it uses. */
    static Set<String> namesIn(Iterable<String> sentences) {
        Set<String> names = new java.util.HashSet<>();
        for (String sentence : sentences) {
            String[] w = Words.pieces(sentence);
            for (int i = 1; i < w.length; i++) {
                String x = POSSESSIVE.matcher(EDGE_MARKS.matcher(w[i]).replaceAll("")).replaceAll("");
                if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) names.add(x);
            }
        }
        return names;
    }
}
