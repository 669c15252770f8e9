package dev.storyline.eval.facts;

import dev.storyline.domain.AnalyzedArticle;
import dev.storyline.domain.Article;
import dev.storyline.domain.TimeExpression;
import dev.storyline.eval.EvalContext;
import dev.storyline.eval.EvalReport;
import dev.storyline.eval.EvalTable;
import dev.storyline.eval.EvalTask;
import dev.storyline.facts.TimeExpressionExtractor;
import dev.storyline.text.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time expressions on TimeBank 1.2 and AQUAINT (TempEval-3 training versions) with TempEval-3's task A
 * measures: strict extent (same span), relaxed extent (overlap), and value and type F1 over relaxed matches.
 */
public final class TimexEval implements EvalTask {
    static final int SMOKE_DOCS = 8;
    // the creation time's TIMEX3, whatever the order of its attributes (AQUAINT files put the value last)
    private static final Pattern DCT_TAG = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern DCT_VALUE = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    record Doc(String name, LocalDate dct, String text, List<SpanScores.Span> gold, List<String> goldTypes) {}

    @Override
    public String name() {
        return "facts/timex";
    }

    @Override
    public EvalReport run(EvalContext context) throws Exception {
        Path dir = context.dataDir().resolve("facts/timebank-aquaint");
        List<Doc> docs = new ArrayList<>();
        for (String corpus : List.of("TimeBank", "AQUAINT")) {
            try (Stream<Path> files = Files.list(dir.resolve(corpus))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                    if (context.smoke() && docs.size() >= SMOKE_DOCS) break;
                    docs.add(parse(f));
                }
            }
        }
        TextAnalyzer analyzer = TextAnalyzer.standard();
        TimeExpressionExtractor extractor = new TimeExpressionExtractor();
        int gold = 0;
        int predicted = 0;
        int strictP = 0;
        int strictG = 0;
        int relaxedP = 0;
        int relaxedG = 0;
        int valueOk = 0;
        int typeOk = 0;
        for (Doc d : docs) {
            Article a = new Article(d.name(), d.name(), null, "", null, null, d.dct(), List.of(), d.text(), List.of(), d.name());
            AnalyzedArticle an = analyzer.analyze(a);
            List<TimeExpression> found = extractor.extract(an);
            gold += d.gold().size();
            predicted += found.size();
            for (TimeExpression t : found) {
                SpanScores.Span p = new SpanScores.Span(t.span().start(), t.span().end(), t.value());
                boolean strict = false;
                boolean relaxed = false;
                for (int i = 0; i < d.gold().size(); i++) {
                    SpanScores.Span g = d.gold().get(i);
                    if (g.start() == p.start() && g.end() == p.end()) strict = true;
                    if (g.overlaps(p)) {
                        if (!relaxed) {
                            if (g.value().equals(p.value())) valueOk++;
                            if (d.goldTypes().get(i).equals(t.type())) typeOk++;
                        }
                        relaxed = true;
                    }
                }
                if (strict) strictP++;
                if (relaxed) relaxedP++;
            }
            for (SpanScores.Span g : d.gold()) {
                boolean strict = false;
                boolean relaxed = false;
                for (TimeExpression t : found) {
                    if (t.span().start() == g.start() && t.span().end() == g.end()) strict = true;
                    if (t.span().start() < g.end() && g.start() < t.span().end()) relaxed = true;
                }
                if (strict) strictG++;
                if (relaxed) relaxedG++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("strict extent", SpanScores.Prf.of(strictP, predicted, strictG, gold)));
        rows.add(row("relaxed extent", SpanScores.Prf.of(relaxedP, predicted, relaxedG, gold)));
        rows.add(row("value", SpanScores.Prf.of(valueOk, predicted, valueOk, gold)));
        rows.add(row("type", SpanScores.Prf.of(typeOk, predicted, typeOk, gold)));
        return new EvalReport(name(), "Facts: time expressions (TimeBank 1.2 + AQUAINT, TempEval-3 task A measures)",
                docs.size() + " documents, " + gold + " gold TIMEX3 (document creation times excluded)" + (context.smoke() ? " (smoke subset)" : ""),
                List.of(new EvalTable("Storyline's TimeExpressionExtractor (rules), values normalised against each document's creation time",
                        List.of("measure", "P", "R", "F1"), rows)),
                List.of("Peers measured on the TempEval-3 platinum test with the official scorer (data README): HeidelTime 2.2.1 "
                                + "strict 80.90 / relaxed 89.89 / value 74.16; SUTime 80.71 / 90.71 / 68.57 (F1). This table is on the "
                                + "training-side corpora, so it is indicative, not the same test; the extractor's rules were tuned on these same documents (quarters, bare months, ages, set expressions), so expect lower figures on unseen news.",
                        "Value and type count a predicted expression as correct when it overlaps a gold one with the same attribute "
                                + "(TempEval-3's attribute F1 over relaxed matches)."));
    }

    private static List<String> row(String measure, SpanScores.Prf prf) {
        List<String> r = new ArrayList<>();
        r.add(measure);
        r.addAll(prf.cells());
        return r;
    }

    /** The text inside TEXT with every tag removed, and the TIMEX3 spans in it. */
    static Doc parse(Path file) throws Exception {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher tag = DCT_TAG.matcher(xml);
        Matcher dm = tag.find() ? DCT_VALUE.matcher(tag.group()) : null;
        LocalDate dct = dm != null && dm.find() ? LocalDate.parse(dm.group(1)) : null;
        int start = xml.indexOf("<TEXT>");
        int end = xml.indexOf("</TEXT>");
        String body = start >= 0 && end > start ? xml.substring(start + 6, end) : xml;
        StringBuilder text = new StringBuilder();
        List<SpanScores.Span> gold = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int openStart = -1;
        String openValue = null;
        String openType = null;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty()) {
                openStart = text.length();
                openValue = attr(m.group(3), "value");
                openType = attr(m.group(3), "type");
            } else if (openStart >= 0) {
                gold.add(new SpanScores.Span(openStart, text.length(), openValue == null ? "" : openValue));
                types.add(openType == null ? "" : openType);
                openStart = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        return new Doc(file.getFileName().toString(), dct, text.toString(), gold, types);
    }

    private static String attr(String attrs, String name) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) if (m.group(1).equals(name)) return m.group(2);
        return null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

}
