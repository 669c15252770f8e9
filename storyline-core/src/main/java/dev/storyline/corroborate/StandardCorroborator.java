package dev.storyline.corroborate;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.ArticleFacts;
import dev.storyline.domain.Attribution;
import dev.storyline.domain.Claim;
import dev.storyline.domain.Origin;
import dev.storyline.domain.Quantity;
import dev.storyline.domain.Reuse;
import dev.storyline.domain.Sentence;
import dev.storyline.domain.Span;
import dev.storyline.domain.StoryMaterial;
import dev.storyline.facts.AttributionExtractor;
import dev.storyline.text.Words;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Claims of a story with their support and independent origins.
 *
 * <p>Quantities with the same value are one claim when they count the same thing or stand in similar
 * sentences ("reach 10,000 men" / "deploy 10,000 fighters"). Attributed statements are one claim when their
 * contents say the same. Each mention gets an origin: its attribution's first source (an unnamed source
 * relayed by a wire is known only as that wire's source, so all of them are one origin), else the origin of
 * the sentence it copies, else the claim's earliest attributed origin (repeating a reported figure without
 * attribution adds no independent evidence), else the article's own reporting. A source described by a common
 * noun is one origin with an earlier description whose words hold its own ("a Syrian security source, speaking on
 * condition of anonymity" / "a Syrian security source" via AFP). A statement that holds a figure is that figure's
 * claim. Two figures of one slot are variants (a conflict) when different origins report them differently beyond
 * the {@link CorroborationSettings} and, for people, the same thing happened to them ({@link CountedAction}), at
 * one time: not a later count (published days after), not a projection against the count, not one writer's two
 * measures. A pronoun or "we" that the fact stage could not resolve is no origin.
 */
final class StandardCorroborator implements Corroborator {
    private final CorroborationSettings settings;

    StandardCorroborator(CorroborationSettings settings) {
        this.settings = settings;
    }

    /** One piece of support: where, what, and who it comes from (null until resolved). */
    private static final class Mention {
        final int article;
        final Span span;
        final String rule;
        /** The text of the sentence it stands in, and that sentence's terms. */
        final String sentence;
        final Set<String> terms;
        final Attribution attribution;
        final Quantity quantity;
        /** What happened to what the figure counts, as its sentence says (null: it says nothing, or no figure). */
        final CountedAction action;
        /** Its sentence gives it as an early count ("in what early reports indicate"), which later reports revise. */
        final boolean early;
        /**
         * Whether its sentence is in English, where the early-count and approximation cues are all read: another
         * language's figure (read by the rules named {@code quantity-pattern-xx}) cannot say it is early, nor always
         * that it is approximate, so it does not say it is not.
         */
        final boolean cuesRead;
        /** Its sentence gives it as a pollster's estimate of a vote ("a projected 58.2%", "selon les premières estimations"). */
        final boolean projected;
        String originKey;
        String originName;
        boolean named;

        /** A figure ({@code quantity} not null) or a statement, of {@code s}. */
        Mention(int article, Sentence s, Span span, String rule, Attribution attribution, Quantity quantity) {
            this.article = article;
            this.span = span;
            this.rule = rule;
            this.sentence = s.text();
            this.terms = new HashSet<>(s.terms());
            this.attribution = attribution;
            this.quantity = quantity;
            boolean figure = quantity != null;
            this.action = figure ? CountedAction.near(s.text(), span.start() - s.start(), span.end() - s.start()) : null;
            this.early = figure && EARLY.matcher(s.text()).find();
            this.cuesRead = figure && (quantity.rule() == null || !quantity.rule().startsWith(OTHER_LANGUAGE_RULE));
            this.projected = figure && PROJECTION.matcher(s.text()).find();
        }
    }

    /** The rules that read figures in languages other than English (facts.OtherLanguageQuantities), by prefix. */
    private static final String OTHER_LANGUAGE_RULE = "quantity-pattern-";

    /** Words that give a count as a first one: "early reports", "initially", "a preliminary toll". */
    private static final java.util.regex.Pattern EARLY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:early|earlier|first|initial|preliminary)\\s+(?:reports?|tolls?|figures?|counts?)\\b|\\binitially\\b|\\bat first\\b");
    /**
     * A pollster's estimate of a vote, before the count: "a projected 58.2%", "an estimate from the Ipsos polling
     * institute", "der ersten Hochrechnung", "selon les premières estimations".
     */
    private static final java.util.regex.Pattern PROJECTION = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:projected|projections?|exit[- ]polls?|pollsters?|polling (?:institute|firm|company|agency)|"
                    + "hochrechnung(?:en)?|estimations?|sondages?|proyecci[oó]n(?:es)?|estimaci[oó]n(?:es)?|sondeos?|"
                    + "proiezion[ei]|exit[- ]poll)\\b");

    @Override
    public List<Claim> corroborate(StoryMaterial story) {
        List<AnalyzedArticle> articles = story.articles();
        List<Map<Integer, Attribution>> attributionBySentence = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            attributionBySentence.add(attributionsBySentence(articles.get(a), story.facts().get(a)));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) index.put(articles.get(a).id(), a);

        List<Mention> quantities = new ArrayList<>();
        List<Mention> statements = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnalyzedArticle article = articles.get(a);
            for (Quantity q : story.facts().get(a).quantities()) {
                if (q.counted() == null || "vague".equals(q.approximation()) || mechanics(q)) continue;
                Sentence s = article.sentences().get(q.span().sentenceIndex());
                quantities.add(new Mention(a, s, q.span(), q.rule(), attributionBySentence.get(a).get(s.index()), q));
            }
            for (Attribution at : story.facts().get(a).attributions()) {
                if (Words.count(at.content().text()) < settings.minStatementWords()) continue;
                Sentence s = article.sentences().get(at.content().sentenceIndex());
                statements.add(new Mention(a, s, at.content(), at.rule(), at, null));
            }
        }
        for (Mention m : quantities) attributeOrigin(m);
        for (Mention m : statements) attributeOrigin(m);
        Map<String, String> copiedOrigin = new HashMap<>();

        // the same number is the same claim when it counts the same thing, stands in a similar sentence, or
        // comes from the same origin ("reach 10,000 men" and "deploy 10,000 fighters", both from AFP's source)
        List<List<Mention>> quantityGroups = group(quantities, m -> List.of(m.quantity.value() + 0.0), // + 0.0: -0.0 == 0.0 must share a block
                (x, y) -> x.quantity.value() == y.quantity.value() && x.quantity.high() == y.quantity.high() && !otherHappenings(x, y)
                && (x.quantity.counted().equals(y.quantity.counted()) || jaccard(x.terms, y.terms) >= settings.sameContext()
                || x.originKey != null && x.originKey.equals(y.originKey) || sameCountOfPeople(x, y)));
        List<List<Mention>> statementGroups = group(statements, prefixTerms(statements, settings.sameStatement()),
                (x, y) -> jaccard(x.terms, y.terms) >= settings.sameStatement());

        List<Draft> drafts = new ArrayList<>();
        for (List<Mention> g : quantityGroups) drafts.add(draft(story, "quantity", g, index, copiedOrigin));
        for (List<Mention> g : statementGroups) drafts.add(draft(story, "statement", g, index, copiedOrigin));
        drafts = withoutStatementsOfFigures(drafts);
        linkVariants(drafts);
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.articles.size()).thenComparingInt(d -> -d.origins.size())
                .thenComparing(d -> d.kind).thenComparing(d -> d.id));
        return drafts.stream().map(Draft::claim).toList();
    }

    /** A sentence's own attribution, or that of the sentence which closes the quote it opens. */
    private static Map<Integer, Attribution> attributionsBySentence(AnalyzedArticle article, ArticleFacts facts) {
        Map<Integer, Attribution> by = new HashMap<>();
        for (Attribution a : facts.attributions()) by.putIfAbsent(a.content().sentenceIndex(), a);
        List<Sentence> sentences = article.sentences();
        for (Sentence s : sentences) {
            if (by.containsKey(s.index()) || !opensQuote(s.text())) continue;
            for (int j = s.index() + 1; j < Math.min(sentences.size(), s.index() + 4); j++) {
                if (by.containsKey(j)) {
                    by.put(s.index(), by.get(j));
                    break;
                }
            }
        }
        return by;
    }

    private static boolean opensQuote(String text) {
        long open = text.chars().filter(c -> c == '“').count() - text.chars().filter(c -> c == '”').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return open > 0 || straight % 2 == 1;
    }

    /**
     * Speakers a reader could not check: a pronoun the fact stage could not resolve ("He said ..." after two people
     * were named), the first and second persons (a quotation's own speaker), "everyone". What they say is counted as
     * unattributed, so it takes the claim's attributed origin or the article's own reporting.
     */
    private static final java.util.regex.Pattern NO_ONE_TO_CHECK = java.util.regex.Pattern.compile(
            "(?i)^(?:he|she|they|it|i|we|you|everyone|everybody|nobody|no one)$");

    private static void attributeOrigin(Mention m) {
        Attribution a = m.attribution;
        if (a == null || a.chain().isEmpty()) return;
        String first = a.chain().get(0);
        if (a.chain().size() == 1 && NO_ONE_TO_CHECK.matcher(first.strip()).matches()) return;
        String relay = a.chain().size() > 1 ? a.chain().get(a.chain().size() - 1) : null;
        if (!a.named() && relay != null) {
            m.originKey = "unnamed via " + relay.toLowerCase(Locale.ROOT);
            m.originName = first + " via " + relay;
        } else {
            m.originKey = personKey(first);
            m.originName = relay == null ? first : first + " via " + relay;
        }
        m.named = a.named();
    }

    /**
     * A named source is known by its last proper name, so "fire chief Dana Okafor" and a later "Okafor" are one
     * origin; sources without a proper name other than a nationality ("a Syrian army officer") keep their whole wording.
     */
    static String personKey(String source) {
        String[] words = Words.pieces(source);
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("[^\\p{L}'’-]", "");
            // "a Syrian army officer" is a description, whose "Syrian" is no surname; "the Ipsos polling institute" is Ipsos
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || AttributionExtractor.isNationality(w)) continue;
            return w.toLowerCase(Locale.ROOT);
        }
        return source.toLowerCase(Locale.ROOT);
    }

    private static final class Draft {
        String id;
        String kind;
        String text;
        String value;
        /** A figure's value, or a range's ends ("15–20%": 15 and 20); equal for a single figure. */
        double low;
        double high;
        String slot;
        List<String> articles = new ArrayList<>();
        LinkedHashMap<String, Origin> origins = new LinkedHashMap<>();
        List<Claim.Evidence> evidence = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        boolean vague;
        /** The first mention's unit ("%", "second", "USD"), or null for a count. */
        String unit;
        /** What happened to what it counts, as most of its mentions say (null: none says). */
        CountedAction action;
        /** "exact" when any mention states the value exactly, else the first mention's: "about", "at-least", ... */
        String approximation;
        /** Every mention gives it as an early count. */
        boolean early;
        /** Some mention gives it as a pollster's estimate, or it is an end of the spread of several. */
        boolean projected;
        /** A range of pollsters' estimates: the spread of several ("the first projections ... showed 58.2%-57.6"). */
        boolean spread;
        /** The first and last publication dates of the articles stating it (null: none is dated). */
        java.time.LocalDate firstReported;
        java.time.LocalDate lastReported;
        /** Its mentions, with their own origins (null where unattributed). */
        List<Mention> mentions;

        Claim claim() {
            List<Origin> o = List.copyOf(origins.values());
            boolean singleUnnamed = o.size() == 1 && !o.get(0).named();
            return new Claim(id, kind, text, value, slot, articles, o, variants, evidence, singleUnnamed);
        }
    }

    private Draft draft(StoryMaterial story, String kind, List<Mention> group, Map<String, Integer> index,
                        Map<String, String> copiedOrigin) {
        group.sort(Comparator.comparingInt((Mention m) -> m.article).thenComparingInt(m -> m.span.start()));
        // a sentence copied from another article's sentence comes from the same place
        Set<Mention> copied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Mention m : group) {
            if (m.originKey != null) continue;
            for (Reuse r : story.reuses()) {
                if (!r.articleId().equals(story.articles().get(m.article).id())) continue;
                for (Reuse.SentencePair p : r.passages()) {
                    if (p.sentence() != m.span.sentenceIndex()) continue;
                    Integer src = index.get(r.sourceArticleId());
                    for (Mention other : group) {
                        if (other.article == (src == null ? -1 : src) && other.span.sentenceIndex() == p.sourceSentence()
                                && other.originKey != null) {
                            m.originKey = other.originKey;
                            m.originName = other.originName;
                            m.named = other.named;
                            copied.add(m);
                        }
                    }
                }
            }
        }
        Mention firstAttributed = group.stream().filter(m -> m.originKey != null).findFirst().orElse(null);
        Draft d = new Draft();
        d.kind = kind;
        Mention first = group.get(0);
        AnalyzedArticle firstArticle = story.articles().get(first.article);
        d.text = kind.equals("quantity")
                ? firstArticle.sentences().get(first.span.sentenceIndex()).text()
                : first.span.text();
        if (kind.equals("quantity")) {
            d.low = first.quantity.value();
            d.high = first.quantity.high();
            d.value = first.quantity.range() ? format(d.low) + "–" + format(d.high) : format(d.low);
            d.slot = majoritySlot(group);
            d.unit = first.quantity.unit();
            // one page saying exactly six is a claim of six, whatever "at least six" the others say; but another
            // language's reader sees a cue only before the number ("30 شخصا على الأقل" is at least 30, read as 30),
            // so its "exact" counts only when no English page gives the figure
            boolean english = group.stream().anyMatch(m -> m.cuesRead);
            d.approximation = group.stream().anyMatch(m -> (m.cuesRead || !english) && "exact".equals(m.quantity.approximation()))
                    ? "exact" : (english ? group.stream().filter(m -> m.cuesRead).findFirst().orElse(first) : first).quantity.approximation();
            d.action = group.stream().map(m -> m.action).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.groupingBy(a -> a, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        } else {
            d.value = first.span.text();
            d.slot = "statement";
        }
        // the one origin of what no article attributes is named by the first article that carries it
        String unattributed = "own:" + story.articles().get(group.get(0).article).id();
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> namedFlags = new ArrayList<>();
        List<OriginReason> reasons = new ArrayList<>();
        for (Mention m : group) {
            reasons.add(m.originKey != null ? (copied.contains(m) ? OriginReason.COPIED : m.named ? OriginReason.NAMED : OriginReason.UNNAMED)
                    : firstAttributed == null && m.article == group.get(0).article ? OriginReason.OWN : OriginReason.REPEATED);
            String key = m.originKey;
            String name = m.originName;
            boolean named = m.named;
            if (key == null && firstAttributed != null) {
                key = firstAttributed.originKey;
                name = firstAttributed.originName;
                named = firstAttributed.named;
            }
            if (key == null) {
                // no article names a source: a figure or words repeated without attribution add no origin (they
                // come from somewhere no article says), so the first article's own reporting stands for them all
                String outlet = story.articles().get(m.article).article().outlet();
                key = unattributed;
                name = "own reporting of " + (outlet != null ? outlet : "\"" + story.articles().get(m.article).article().title() + "\"");
                named = true;
            }
            keys.add(key);
            names.add(name);
            namedFlags.add(named);
        }
        for (int i : sameDescribedSource(group, keys)) reasons.set(i, OriginReason.DESCRIBED_ALIKE);
        for (int i = 0; i < group.size(); i++) {
            Mention m = group.get(i);
            String articleId = story.articles().get(m.article).id();
            if (!d.articles.contains(articleId)) d.articles.add(articleId);
            String key = keys.get(i);
            Origin old = d.origins.get(key);
            List<String> ids = new ArrayList<>(old == null ? List.of() : old.articleIds());
            if (!ids.contains(articleId)) ids.add(articleId);
            d.origins.put(key, new Origin(old == null ? names.get(i) : old.name(), ids,
                    old == null ? namedFlags.get(i) : old.named() || namedFlags.get(i)));
            d.evidence.add(new Claim.Evidence(m.span, m.rule));
        }
        // early when every mention that could say so does (an Arabic page's "30 killed" neither confirms nor denies it)
        List<Mention> read = group.stream().filter(m -> m.cuesRead).toList();
        d.early = read.isEmpty() ? group.stream().allMatch(m -> m.early) : read.stream().allMatch(m -> m.early);
        d.projected = group.stream().anyMatch(m -> m.projected);
        d.spread = d.projected && d.high > d.low;
        d.mentions = List.copyOf(group);
        for (Mention m : group) {
            java.time.LocalDate published = story.articles().get(m.article).article().published();
            if (published == null) continue;
            if (d.firstReported == null || published.isBefore(d.firstReported)) d.firstReported = published;
            if (d.lastReported == null || published.isAfter(d.lastReported)) d.lastReported = published;
        }
        for (Map.Entry<String, Origin> e : d.origins.entrySet()) {
            Origin o = e.getValue();
            e.setValue(new Origin(o.name(), o.articleIds(), o.named(), OriginReason.explain(group, keys, reasons, e.getKey(),
                    m -> story.articles().get(m.article).id())));
        }
        d.id = "c" + hash(story.storyId() + "|" + kind + "|" + d.slot + "|" + d.value + "|" + d.articles.get(0));
        return d;
    }

    /**
     * One source described in other words is one origin: "a Syrian security source, speaking on condition of
     * anonymity" and "a Syrian security source" via AFP stating the same figure are the same unnamed source, and
     * "a jury" is the "Minneapolis jury" another page names. A source described by a common noun (no proper name
     * at its end) takes the key of the first earlier described source whose words hold all of its own or are all
     * held by it. Not transitive: "an official" does not make a US and a Ukrainian official one.
     */
    private static List<Integer> sameDescribedSource(List<Mention> group, List<String> keys) {
        List<Integer> remapped = new ArrayList<>();
        List<Set<String>> described = new ArrayList<>();
        for (Mention m : group) described.add(descriptor(m));
        for (int i = 0; i < group.size(); i++) {
            if (described.get(i) == null) continue;
            for (int j = 0; j < i; j++) {
                Set<String> a = described.get(i);
                Set<String> b = described.get(j);
                if (b == null || keys.get(j).equals(keys.get(i))) continue;
                if (a.containsAll(b) || b.containsAll(a)) {
                    String from = keys.get(i);
                    String to = keys.get(j);
                    for (int k = 0; k < keys.size(); k++) {
                        if (keys.get(k).equals(from)) {
                            keys.set(k, to);
                            remapped.add(k);
                        }
                    }
                    break;
                }
            }
        }
        remapped.addAll(collectivesOfNamedSources(group, keys, described));
        return remapped;
    }

    /** Collective nouns for an institution's voice: "Dutch authorities", "the Turkish government". */
    private static final Set<String> INSTITUTIONAL = Set.of("authorities", "authority", "government", "officials",
            "administration", "ministry", "state");

    /**
     * A country's or a body's collective voice is the named source of it that states the same figure: "Dutch
     * authorities" report the Dutch Safety Board's finding, "the Turkish government" the Turkish environment
     * minister's toll. An unnamed collective (an institutional noun and its qualifiers) takes the key of the first
     * named source whose words hold every qualifier ("Dutch", "Turkish"); with no qualifier it says too little.
     */
    private static List<Integer> collectivesOfNamedSources(List<Mention> group, List<String> keys, List<Set<String>> described) {
        List<Integer> remapped = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Set<String> d = described.get(i);
            if (d == null || java.util.Collections.disjoint(d, INSTITUTIONAL)) continue;
            Set<String> qualifiers = new HashSet<>(d);
            qualifiers.removeAll(INSTITUTIONAL);
            if (qualifiers.isEmpty()) continue;
            for (int j = 0; j < group.size(); j++) {
                Mention named = group.get(j);
                if (j == i || described.get(j) != null || keys.get(j).equals(keys.get(i))
                        || named.attribution == null || named.attribution.chain().isEmpty()) continue;
                Set<String> words = new HashSet<>();
                for (String w : Words.pieces(named.attribution.chain().get(0))) {
                    words.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]", ""));
                }
                if (!words.containsAll(qualifiers)) continue;
                String from = keys.get(i);
                for (int k = 0; k < keys.size(); k++) {
                    if (keys.get(k).equals(from)) {
                        keys.set(k, keys.get(j));
                        remapped.add(k);
                    }
                }
                break;
            }
        }
        return remapped;
    }

    /** Words that describe how a source spoke, not who it is. */
    private static final Set<String> NOT_DESCRIPTIVE = Set.of("a", "an", "the", "one", "speaking", "on", "condition", "of",
            "anonymity", "who", "asked", "not", "to", "be", "named", "identified", "because", "he", "she", "they", "was",
            "were", "authorized", "authorised", "unnamed", "source", "sources");

    /** The content words of a source described by a common noun, or null for a named source or none. */
    private static Set<String> descriptor(Mention m) {
        if (m.attribution == null || m.attribution.chain().isEmpty()) return null;
        String source = m.attribution.chain().get(0).replaceAll(",.*$", "").strip();
        String[] words = Words.pieces(source);
        String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        if (last.isEmpty() || Character.isUpperCase(last.charAt(0))) return null;
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String x = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]", "");
            if (!x.isEmpty() && !NOT_DESCRIPTIVE.contains(x)) out.add(x);
        }
        // a bare "source" or "official" says nothing about who it is: it is compatible with everyone
        return out.isEmpty() ? null : out;
    }

    /**
     * The same slot filled with another value by other origins at one time: 7,000 fighters against 20,000. Counts
     * of one thing reported differently stay within an order of magnitude; 6,667 killed in May and 220,000 killed
     * in the war are different counts, not a disagreement.
     */
    private void linkVariants(List<Draft> drafts) {
        // an end of a spread of estimates is an estimate too, to the precision the spread is written in: 66.1% is
        // the end of "between 65 and 66 percent, French media projections show"
        for (Draft spread : drafts) {
            if (!spread.spread) continue;
            for (Draft d : drafts) {
                if (sameThing(d.slot, spread.slot) && (roundsTo(d.low, spread.low) || roundsTo(d.low, spread.high))) d.projected = true;
            }
        }
        for (Draft a : drafts) {
            for (Draft b : drafts) {
                if (a == b || !a.kind.equals("quantity") || !b.kind.equals("quantity")) continue;
                if (!sameThing(a.slot, b.slot) || a.value.equals(b.value) || !java.util.Objects.equals(a.unit, b.unit)) continue;
                // pulled from the water is not treated in hospital: counts of people must count the same happening
                if (a.action != null && b.action != null && a.action != b.action) continue;
                double va = a.low;
                double vb = b.low;
                // a range allows what falls within it: "25,000 to 30,000 positions" and 28,000 are no disagreement;
                // the spread of several estimates is itself one ("projections ... showed 58.2%-57.6" against 58.2%)
                if ((a.high > a.low || b.high > b.low) && a.low <= b.high && b.low <= a.high && !a.spread && !b.spread) continue;
                if (!settings.sameMeasureReportedDifferently(a.unit, va, vb)) continue;
                if (settings.compatible(a.approximation, va, vb) || settings.compatible(b.approximation, vb, va)) continue;
                if (revisedToll(a, va, b, vb)) continue;
                // a pollster's projection and the count are two moments of one vote, revised as votes are counted
                if ("%".equals(a.unit) && a.projected != b.projected) continue;
                if (reportedApart(a, b) || oneWriterGivesBoth(a, b)) continue;
                Set<String> shared = new HashSet<>(a.origins.keySet());
                shared.retainAll(b.origins.keySet());
                // a spread is several sources' figures; sharing one of them (Ipsos's 58.2% in "projections by Ifop,
                // Elabe, Opinionway and Ipsos showed 58.2%-57.6") does not make it that source's one report
                if (shared.isEmpty() || a.spread || b.spread) a.variants.add(b.id);
            }
        }
    }

    /**
     * A toll first reported lower and later higher is a revision, not a disagreement: "injuring another seven, in
     * what early reports indicate" and, by the evening, "another 11 people wounded".
     */
    private static boolean revisedToll(Draft a, double va, Draft b, double vb) {
        boolean toll = a.action == CountedAction.KILLED || a.action == CountedAction.INJURED;
        return toll && a.action == b.action && (va < vb ? a.early : b.early);
    }

    /** Whether {@code v} written to the decimals of {@code stated} is {@code stated}: 66.1 is 66, 58.5 is not 58.2. */
    static boolean roundsTo(double v, double stated) {
        int decimals = Math.max(0, java.math.BigDecimal.valueOf(stated).stripTrailingZeros().scale());
        return Math.abs(v - stated) <= 0.5 * Math.pow(10, -decimals) + 1e-9;
    }

    /**
     * A figure first published {@link CorroborationSettings#laterReportDays} after the other was last published is
     * a later count of the slot, not a disagreement at one time: 280 passengers on the day of the crash, 283 two days
     * later. Undated articles say nothing either way.
     */
    private boolean reportedApart(Draft a, Draft b) {
        if (a.firstReported == null || b.firstReported == null) return false;
        return !a.lastReported.plusDays(settings.laterReportDays()).isAfter(b.firstReported)
                || !b.lastReported.plusDays(settings.laterReportDays()).isAfter(a.firstReported);
    }

    /**
     * A disagreement is between origins. One article giving both figures from one source tells them apart (five
     * sigma combining two channels, 4.9 for the full combination): they are two measures. "Police said 7,000;
     * organisers put it at 20,000" in one article names two sources, and stays a conflict.
     */
    private static boolean oneWriterGivesBoth(Draft a, Draft b) {
        for (Mention x : a.mentions) {
            for (Mention y : b.mentions) {
                if (x.article != y.article) continue;
                if (x.originKey != null && x.originKey.equals(y.originKey)) return true;
                if (refersBack(x, y) || refersBack(y, x)) return true;
            }
        }
        return false;
    }

    /** "that number", "this figure": the writer's own words about the figure just before. */
    private static final java.util.regex.Pattern THAT_FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:that|this)\\s+(?:number|figure|count|toll|estimate|level)\\b");

    /**
     * An unattributed figure whose sentence speaks of the one just before it ("However, a full combination brings
     * that number back to 4.9 sigma") is the writer relating the two, not another origin disagreeing.
     */
    private static boolean refersBack(Mention earlier, Mention later) {
        int gap = later.span.sentenceIndex() - earlier.span.sentenceIndex();
        return later.originKey == null && gap >= 1 && gap <= 2 && THAT_FIGURE.matcher(later.sentence).find();
    }

    /**
     * How the news was gathered or told, not what happened: "quoting two Lebanese sources", "in two separate
     * sorties", "two members of the committee favouring a pause". A small count of these is no claim.
     */
    private static final Set<String> MECHANICS = Set.of("source", "sortie", "member", "time", "way", "side", "reason",
            "thing", "part", "occasion", "round", "report", "statement", "interview", "question");
    static final double MAX_MECHANICS_COUNT = 10;

    private static boolean mechanics(Quantity q) {
        return q.unit() == null && q.value() <= MAX_MECHANICS_COUNT && MECHANICS.contains(q.counted());
    }

    /**
     * A quantity and a statement of the same sentences are one claim: "The goal is to reach 10,000 men ..." is the
     * claim of 10,000 men, which already carries the sentence, its support and its origins. A statement is dropped
     * when, in every sentence it stands in, its words hold one figure's claim; "adding that divers would keep
     * searching" beside "nine people" in one sentence is a claim of its own.
     */
    private static List<Draft> withoutStatementsOfFigures(List<Draft> drafts) {
        List<Draft> figures = drafts.stream().filter(d -> d.kind.equals("quantity")).toList();
        return drafts.stream().filter(d -> !d.kind.equals("statement")
                        || figures.stream().noneMatch(f -> d.evidence.stream().allMatch(e -> holdsFigureOf(e.span(), f))))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static boolean holdsFigureOf(Span statement, Draft figure) {
        return figure.evidence.stream().map(Claim.Evidence::span).anyMatch(q -> q.articleId().equals(statement.articleId())
                && q.start() >= statement.start() && q.end() <= statement.end());
    }

    /** Words for counted people: "3,000 residents" and "4,500 people evacuated" count the same people. */
    private static final Set<String> PEOPLE = Set.of("people", "person", "resident", "civilian", "inhabitant", "villager",
            "citizen", "individual");

    /** What counts people by what happened to them: "1,300 dead", "1,300 people killed", "1 300 morts". */
    private static final Set<String> PEOPLE_COUNTS = Set.of("people", "person", "resident", "civilian", "inhabitant",
            "villager", "citizen", "individual", "dead", "injured", "wounded", "victim", "casualty", "death");

    /**
     * One count of people in other words: the same thing happened to them ("1,300 dead" and "1,300 people were
     * killed"; a French page's "1 300 morts"), where the sentences share too few words to say so (two languages).
     */
    private static boolean sameCountOfPeople(Mention x, Mention y) {
        return x.action != null && x.action == y.action && PEOPLE_COUNTS.contains(x.quantity.counted())
                && PEOPLE_COUNTS.contains(y.quantity.counted());
    }

    /** Seven people injured and seven people detained are two counts, whatever noun they share. */
    private static boolean otherHappenings(Mention x, Mention y) {
        return x.action != null && y.action != null && x.action != y.action;
    }

    /** The same counted thing: the same slot, or two words for people. */
    static boolean sameThing(String a, String b) {
        return a.equals(b) || PEOPLE.contains(a) && PEOPLE.contains(b);
    }

    private static String majoritySlot(List<Mention> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : group) counts.merge(m.quantity.counted(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private interface Same {
        boolean test(Mention a, Mention b);
    }

    /**
     * Single-link groups in input order (union-find over the pairs that are the same). Only mentions that share a
     * block are compared: blocks must be such that any two mentions that are the same share one, so the groups
     * are those of comparing every pair, at a cost that stays near linear in a story of a thousand articles.
     */
    private static List<List<Mention>> group(List<Mention> mentions, Function<Mention, Collection<?>> blocks, Same same) {
        int[] parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<Object, List<Integer>> byBlock = new HashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            Set<Integer> compared = new HashSet<>();
            for (Object block : blocks.apply(mentions.get(j))) {
                List<Integer> earlier = byBlock.computeIfAbsent(block, k -> new ArrayList<>());
                for (int i : earlier) {
                    // already in one group: the test can tell nothing new
                    if (!compared.add(i) || find(parent, i) == find(parent, j)) continue;
                    if (same.test(mentions.get(i), mentions.get(j))) parent[find(parent, j)] = find(parent, i);
                }
                earlier.add(j);
            }
        }
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        return new ArrayList<>(groups.values());
    }

    /**
     * Prefix filtering for a Jaccard threshold t: with terms ordered rarest first, two sets whose Jaccard reaches t
     * share at least one of each set's first |x| - ceil(t|x|) + 1 terms. Those prefixes are the blocks.
     */
    private static Function<Mention, Collection<?>> prefixTerms(List<Mention> mentions, double t) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Mention m : mentions) for (String term : m.terms) frequency.merge(term, 1, Integer::sum);
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
        return m -> {
            List<String> sorted = new ArrayList<>(m.terms);
            sorted.sort(rarestFirst);
            int prefix = sorted.size() - (int) Math.ceil(t * sorted.size()) + 1;
            return sorted.subList(0, Math.max(0, Math.min(sorted.size(), prefix)));
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int inter = 0;
        for (String t : small) if (large.contains(t)) inter++;
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
