package dev.storyline.server;

import dev.storyline.domain.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over a tiny index, exact hits. */
class SearchIndexTest {
    private static Article article(String id, String title, String text) {
        return new Article(id, "test:" + id, null, title, null, null, null, List.of(), text, List.of(), "h" + id);
    }

    private final SearchIndex index = new SearchIndex(List.of(
            article("bridge", "青河市的大桥坍塌", "青河市东门大桥昨日部分坍塌，没有人员伤亡。"),
            article("river", "大河水位上涨", "青山脚下的河流水位上涨，桥梁暂时关闭。"),
            article("english", "Harbor bridge collapses", "A section of the Kessler Bridge collapsed on Tuesday.")), List.of());

    private List<String> ids(String query) {
        return index.search(query, 10).stream().map(SearchIndex.Hit::id).toList();
    }

    @Test
    void chineseQueriesMatchWordsNotLooseCharacters() {
        // 青河 and 大桥 are both in the first article, though never side by side as in the query
        assertThat(ids("青河大桥")).containsExactly("bridge");
        // the second article has every character of the query (青, 河, 大, 桥) but none of its words
        assertThat(ids("大桥")).containsExactly("bridge");
    }

    @Test
    void englishQueriesRequireEveryStemmedTerm() {
        assertThat(ids("bridges collapsed")).containsExactly("english");
        assertThat(ids("bridge flood")).isEmpty();
    }
}
