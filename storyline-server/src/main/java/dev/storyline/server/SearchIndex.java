package dev.storyline.server;

import dev.storyline.domain.Article;
import dev.storyline.domain.Story;
import dev.storyline.domain.SummarySentence;
import dev.storyline.text.Terms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Full-text search over articles and stories: a Lucene index in memory, built once per story run. Rebuilding
 * beats updating here: a run can re-cluster every story, and a few thousand articles index in well under a second.
 * Every query term must match (in the title or the body); titles weigh double.
 */
final class SearchIndex {
    /** One match: an article or a story, with its score. */
    record Hit(String type, String id, float score) {}

    /** Lucene refuses queries of over 1024 clauses; each term takes three, and no real query has this many. */
    static final int MAX_TERMS = 100;

    /** The pipeline's own terms: English stemmed, Chinese, Japanese and Korean in character bigrams. */
    private final Analyzer analyzer = Terms.analyzer();
    private final IndexSearcher searcher;

    SearchIndex(List<Article> articles, List<Story> stories) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article a : articles) {
                writer.addDocument(doc("article", a.id(), a.title(), a.text() + "\n" + (a.outlet() == null ? "" : a.outlet())));
            }
            for (Story s : stories) {
                StringBuilder body = new StringBuilder();
                if (s.summary() != null) {
                    if (s.summary().whatHappened() != null) body.append(s.summary().whatHappened().text()).append('\n');
                    for (SummarySentence ss : s.summary().sentences()) body.append(ss.text()).append('\n');
                }
                s.claims().forEach(c -> body.append(c.text()).append('\n'));
                writer.addDocument(doc("story", s.id(), s.headline(), body.toString()));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document doc(String type, String id, String title, String body) {
        Document d = new Document();
        d.add(new StringField("type", type, Field.Store.YES));
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
        d.add(new TextField("body", body, Field.Store.NO));
        return d;
    }

    /** Best first; ties in index order (articles before stories, each in run order), so results are deterministic. */
    List<Hit> search(String query, int limit) {
        Set<String> terms = terms(query);
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> bigrams = new ArrayList<>();
        for (String t : terms) {
            if (t.codePoints().anyMatch(SearchIndex::cjk)) bigrams.add(t);
            else all.add(either(t), BooleanClause.Occur.MUST);
        }
        if (!bigrams.isEmpty()) {
            // "青河大桥" is 青河, 河大, 大桥: requiring every bigram would miss "青河市的大桥", where 河大 spans two words
            BooleanQuery.Builder most = new BooleanQuery.Builder();
            for (String t : bigrams) most.add(either(t), BooleanClause.Occur.SHOULD);
            most.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(bigrams.size() * 2 / 3.0)));
            all.add(most.build(), BooleanClause.Occur.MUST);
        }
        try {
            ScoreDoc[] docs = searcher.search(all.build(), Math.max(1, limit),
                    new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), true).scoreDocs;
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(d.get("type"), d.get("id"), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query either(String term) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", term)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static boolean cjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The query's analysed terms (stemmed, stop words out; Chinese, Japanese, Korean in bigrams), as the index holds them. */
    Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
