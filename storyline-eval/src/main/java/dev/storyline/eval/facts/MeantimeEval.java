package dev.storyline.eval.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.EntityMention;
import dev.storyline.domain.EntityType;
import dev.storyline.domain.Quantity;
import dev.storyline.domain.TimeExpression;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.facts.EntityRecognizer;
import dev.storyline.facts.NameTagger;
import dev.storyline.facts.QuantityExtractor;
import dev.storyline.facts.TimeExpressionExtractor;
import dev.storyline.text.TextAnalyzer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Entities, quantities and time expressions on MEANTIME English (120 Wikinews articles, CC BY 4.0), against its
 * token-anchored gold: named mentions (syntactic type NAM) of PER/ORG/LOC entities by type, VALUE spans
 * (QUANTITY, MONEY, PERCENT), and TIMEX3 spans with their normalised values.
 * <p>
 * The text is rebuilt from MEANTIME's tokens (title, dateline, then the sentences as running text), keeping
 * each token's offsets, so gold and predicted spans share one coordinate system. Only the annotated part of each
 * article is scored: its title and first five sentences.
 */
public final class MeantimeEval implements EvalTask {
    static final int SMOKE_DOCS = 8;
    /** MEANTIME marks names, values and times in the title and the first five sentences only (0..5; 3 of 1,907 marks lie beyond). */
    static final int ANNOTATED_SENTENCES = 5;
    private static final Map<String, EntityType> OUR_TYPE = Map.of("PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION,
            "LOC", EntityType.LOCATION);
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "’s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "US$", "£", "€");

    record Gold(int start, int end, String label, String value) {}

    /** @param creation where the text writes the document's creation time (its dateline), or null */
    record Doc(String name, LocalDate dct, String text, List<Gold> entities, List<Gold> otherNamed, List<Gold> values,
               List<Gold> timexes, Gold creation) {}

    @Override
    public String name() {
        return "facts/meantime";
    }

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path dir = context.dataDir().resolve("facts/meantime-en/intra_cross-doc_annotation");
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                if (context.smoke() && docs.size() >= SMOKE_DOCS) break;
                docs.add(parse(f));
            }
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        QuantityExtractor quantities = new QuantityExtractor();
        TimeExpressionExtractor times = new TimeExpressionExtractor();
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (Doc d : docs) {
            articles.add(analyzer.analyze(new Article(d.name(), d.name(), null, "", null, null, d.dct(), List.of(),
                    d.text(), List.of(), d.name())));
        }
        EntityScores rules = entities(new EntityRecognizer(), docs, articles);
        // the optional CoreNLP module's tagger, when the command line was built with it (-Pcorenlp)
        java.util.Optional<NameTagger> tagger = NameTagger.find("corenlp");
        EntityScores learned = tagger.map(t -> entities(new EntityRecognizer(t), docs, articles)).orElse(null);
        Counts values = new Counts();
        Counts timex = new Counts();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            AnalyzedArticle a = articles.get(i);
            values.add(quantities.extract(a).stream().map((Quantity q) -> new Gold(q.span().start(), q.span().end(), "", null)).toList(),
                    d.values());
            // the dateline is the creation time, which the task gives and does not score (nor does TempEval-3)
            timex.add(times.extract(a).stream().map((TimeExpression t) -> new Gold(t.span().start(), t.span().end(), "", t.value()))
                            .filter(t -> d.creation() == null || t.end() <= d.creation().start() || d.creation().end() <= t.start())
                            .toList(),
                    d.timexes());
        }
        List<List<String>> valueRows = List.of(values.row("QUANTITY, MONEY, PERCENT"));
        List<String> header = List.of("", "gold", "found", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1");
        List<EvalTable> tables = new ArrayList<>();
        tables.add(new EvalTable("Named entity mentions (syntactic type NAM) by type: Storyline's EntityRecognizer (rules, "
                + rules.msPerArticle() + " ms an article)", header, rules.rows()));
        if (learned != null) {
            tables.add(new EvalTable("The same, names found by " + tagger.get().description() + " (" + learned.msPerArticle()
                    + " ms an article)", header, learned.rows()));
        }
        return new EvalReport(name(), "Facts: entities, quantities and time expressions (MEANTIME English)",
                docs.size() + " Wikinews articles of facts/meantime-en" + (context.smoke() ? " (smoke subset)" : ""),
                java.util.stream.Stream.concat(tables.stream(), Stream.of(
                        new EvalTable("Numeric values (VALUE spans): Storyline's QuantityExtractor", header, valueRows),
                        new EvalTable("Time expressions: Storyline's TimeExpressionExtractor, value F1 over relaxed matches",
                                List.of("gold", "found", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
                                        "relaxed F1", "value F1"),
                                List.of(timex.timexRow())))).toList(),
                List.of("Strict: the same character span (and type, where typed); relaxed: overlapping spans.",
                        "Time expressions on an article's dateline are not scored: MEANTIME marks the dateline as the "
                                + "document's creation time, which the task gives (TempEval-3 does not score it either); "
                                + "before 2026-12-02 they counted as false hits.",
                        "Gold entities are MEANTIME's NAM mentions of PER, ORG and LOC entities; " + rules.outside() + " predicted names "
                                + "over names MEANTIME marks as products or financial entities (no counterpart type) are left out (the last row counts them as errors), and "
                                + "Storyline's GROUP mentions (nationalities, faiths) are not scored.",
                        "MEANTIME's VALUE marks the number alone (\"789\", \"about a quarter\"); Storyline's quantity spans the "
                                + "number with what it counts, so the relaxed measure is the meaningful one here. MEANTIME gives no "
                                + "normalised numeric values, so value F1 for quantities cannot be computed on it.",
                        "No open English NER model ships on Maven Central (OpenNLP publishes none; CoreNLP's are GPL): the "
                                + "default recognizer is rules (capitalised runs typed by titles, organisation words, place "
                                + "prepositions) plus within-story linking. CoreNLP's CRF is the optional module "
                                + "storyline-ner-corenlp (GPL-3.0-or-later), in the command line only when built with -Pcorenlp; "
                                + (learned == null ? "this run was built without it." : "its table is this run's, its names "
                                + "typed and linked as the rules' are, groups (nationalities, faiths) still by the rules.")));
    }

    /** One recognizer's scores over the documents by type, the names it put over other-typed names, and its speed. */
    record EntityScores(Map<String, Counts> byType, int outside, String msPerArticle) {
        List<List<String>> rows() {
            List<List<String>> out = new ArrayList<>();
            byType.forEach((type, c) -> out.add(c.row(type)));
            return out;
        }
    }

    static EntityScores entities(EntityRecognizer recognizer, List<Doc> docs, List<AnalyzedArticle> articles) {
        Map<String, Counts> byType = new LinkedHashMap<>();
        String strictest = "all three, typed, names over product/financial entities counted wrong";
        for (String t : List.of("PER", "ORG", "LOC", "all three, typed", "all three, untyped", strictest)) byType.put(t, new Counts());
        int outside = 0;
        long nanos = 0;
        // one pass untimed first: a model loads on first use, and the timing is of work, not of loading
        articles.forEach(recognizer::extract);
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            long start = System.nanoTime();
            List<EntityMention> found = recognizer.extract(articles.get(i));
            nanos += System.nanoTime() - start;
            List<Gold> predicted = new ArrayList<>();
            List<Gold> overOtherTypes = new ArrayList<>();
            for (EntityMention m : found) {
                String label = OUR_TYPE.entrySet().stream().filter(e -> e.getValue().equals(m.type())).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (label == null) continue; // GROUP (nationalities, faiths) has no MEANTIME counterpart
                Gold p = new Gold(m.span().start(), m.span().end(), label, null);
                // a name over one MEANTIME types as a product or financial entity is neither right nor wrong here
                if (d.otherNamed().stream().anyMatch(g -> g.start() < p.end() && p.start() < g.end())) {
                    outside++;
                    overOtherTypes.add(p);
                    continue;
                }
                predicted.add(p);
            }
            for (String t : List.of("PER", "ORG", "LOC")) {
                byType.get(t).add(predicted.stream().filter(p -> p.label().equals(t)).toList(),
                        d.entities().stream().filter(g -> g.label().equals(t)).toList());
            }
            byType.get("all three, typed").add(predicted, d.entities());
            List<Gold> all = new ArrayList<>(predicted);
            all.addAll(overOtherTypes);
            byType.get(strictest).add(all, d.entities());
            byType.get("all three, untyped").add(predicted.stream().map(p -> new Gold(p.start(), p.end(), "", null)).toList(),
                    d.entities().stream().map(g -> new Gold(g.start(), g.end(), "", null)).toList());
        }
        String ms = String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6 / Math.max(1, docs.size()));
        return new EntityScores(byType, outside, ms);
    }

    /** Matches of predicted against gold spans, strict and relaxed; "value" counts relaxed matches with equal values. */
    static final class Counts {
        int predicted;
        int gold;
        int strictP;
        int strictG;
        int relaxedP;
        int relaxedG;
        int valueOk;

        void add(List<Gold> found, List<Gold> expected) {
            predicted += found.size();
            gold += expected.size();
            BiPredicate<Gold, Gold> strict = (p, g) -> p.start() == g.start() && p.end() == g.end() && p.label().equals(g.label());
            BiPredicate<Gold, Gold> relaxed = (p, g) -> p.start() < g.end() && g.start() < p.end() && p.label().equals(g.label());
            for (Gold p : found) {
                if (expected.stream().anyMatch(g -> strict.test(p, g))) strictP++;
                Gold match = expected.stream().filter(g -> relaxed.test(p, g)).findFirst().orElse(null);
                if (match != null) {
                    relaxedP++;
                    if (match.value() != null && match.value().equals(p.value())) valueOk++;
                }
            }
            for (Gold g : expected) {
                if (found.stream().anyMatch(p -> strict.test(p, g))) strictG++;
                if (found.stream().anyMatch(p -> relaxed.test(p, g))) relaxedG++;
            }
        }

        List<String> row(String label) {
            List<String> r = new ArrayList<>(List.of(label, String.valueOf(gold), String.valueOf(predicted)));
            r.addAll(SpanScores.Prf.of(strictP, predicted, strictG, gold).cells());
            r.addAll(SpanScores.Prf.of(relaxedP, predicted, relaxedG, gold).cells());
            return r;
        }

        List<String> timexRow() {
            List<String> r = new ArrayList<>(List.of(String.valueOf(gold), String.valueOf(predicted)));
            r.addAll(SpanScores.Prf.of(strictP, predicted, strictG, gold).cells());
            r.addAll(SpanScores.Prf.of(relaxedP, predicted, relaxedG, gold).cells());
            r.add(SpanScores.pct(SpanScores.Prf.of(valueOk, predicted, valueOk, gold).f()));
            return r;
        }
    }

    /** One MEANTIME CAT file: its text rebuilt from the tokens, and the gold spans in it. */
    static Doc parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        StringBuilder text = new StringBuilder();
        Map<String, int[]> offsets = new HashMap<>();
        NodeList tokens = xml.getElementsByTagName("token");
        int lastSentence = -1;
        String previous = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String word = t.getTextContent();
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (sentence > ANNOTATED_SENTENCES) break;
            if (lastSentence >= 0) {
                // the title and the dateline are paragraphs of their own; the sentences after them run on
                if (sentence != lastSentence && sentence <= 2) text.append("\n\n");
                else if (!NO_SPACE_BEFORE.contains(word) && !(previous != null && NO_SPACE_AFTER.contains(previous))
                        && !(word.equals("-") || "-".equals(previous))) text.append(' '); // "Wal-Mart", "A380-800"
            }
            offsets.put(t.getAttribute("t_id"), new int[]{text.length(), text.length() + word.length()});
            text.append(word);
            lastSentence = sentence;
            previous = word;
        }
        Map<String, String> entityType = new HashMap<>();
        NodeList entities = xml.getElementsByTagName("ENTITY");
        Map<String, String> typeOfEntity = new HashMap<>();
        for (int i = 0; i < entities.getLength(); i++) {
            Element e = (Element) entities.item(i);
            typeOfEntity.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
        }
        NodeList refers = xml.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refers.getLength(); i++) {
            Element r = (Element) refers.item(i);
            NodeList targets = r.getElementsByTagName("target");
            if (targets.getLength() == 0) continue;
            String type = typeOfEntity.get(((Element) targets.item(0)).getAttribute("m_id"));
            if (type == null) continue;
            NodeList sources = r.getElementsByTagName("source");
            for (int j = 0; j < sources.getLength(); j++) entityType.put(((Element) sources.item(j)).getAttribute("m_id"), type);
        }
        List<Gold> named = new ArrayList<>();
        List<Gold> otherNamed = new ArrayList<>();
        NodeList mentions = xml.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < mentions.getLength(); i++) {
            Element m = (Element) mentions.item(i);
            if (!m.getAttribute("syntactic_type").equals("NAM")) continue;
            String type = entityType.get(m.getAttribute("m_id"));
            int[] span = span(m, offsets);
            if (span == null || type == null) continue;
            if (OUR_TYPE.containsKey(type)) named.add(new Gold(span[0], span[1], type, null));
            else otherNamed.add(new Gold(span[0], span[1], type, null));
        }
        List<Gold> values = new ArrayList<>();
        NodeList valueNodes = xml.getElementsByTagName("VALUE");
        for (int i = 0; i < valueNodes.getLength(); i++) {
            int[] span = span((Element) valueNodes.item(i), offsets);
            if (span != null) values.add(new Gold(span[0], span[1], "", null));
        }
        List<Gold> timexes = new ArrayList<>();
        LocalDate dct = null;
        Gold creation = null;
        NodeList timexNodes = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexNodes.getLength(); i++) {
            Element t = (Element) timexNodes.item(i);
            if (t.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                String v = t.getAttribute("value");
                if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) dct = LocalDate.parse(v.substring(0, 10));
                int[] span = span(t, offsets);
                if (span != null) creation = new Gold(span[0], span[1], "", v);
                continue;
            }
            int[] span = span(t, offsets);
            if (span != null) timexes.add(new Gold(span[0], span[1], "", t.getAttribute("value")));
        }
        return new Doc(file.getFileName().toString(), dct, text.toString(), named, otherNamed, values, timexes, creation);
    }

    /** From the first to the last anchored token; null for a markable without tokens (an instance, not a mention). */
    private static int[] span(Element markable, Map<String, int[]> offsets) {
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int i = 0; i < anchors.getLength(); i++) {
            int[] o = offsets.get(((Element) anchors.item(i)).getAttribute("t_id"));
            if (o == null) continue;
            start = Math.min(start, o[0]);
            end = Math.max(end, o[1]);
        }
        return end < 0 ? null : new int[]{start, end};
    }
}
