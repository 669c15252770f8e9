package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractableTest {
    private static final Pattern NONE = Pattern.compile("^$x");

    @Test
    void newsSentencesPass() {
        assertThat(Extractable.check("The Bureau of Indian Affairs estimates that half the population lives in poverty.", NONE)).isTrue();
        assertThat(Extractable.check("Did the council approve the plan on time?", NONE)).isTrue();
    }

    @Test
    void wireFurnitureFragmentsAndLiftedQuotationsDoNot() {
        assertThat(Extractable.check("For Use By Clients of the New York Times News Service", NONE)).isFalse();
        assertThat(Extractable.check("The night news editor is Todd Duncan, 404-582-7282, tduncan(at)coxnews.com.", NONE)).isFalse();
        assertThat(Extractable.check("``I don't think it's going to stop,'' she said.", NONE)).isFalse();
        assertThat(Extractable.check("The accusation came as one of the state's largest growers, A.R.", NONE)).isFalse();
        assertThat(Extractable.check("The accusation came as one of the growers", NONE)).isFalse();
        assertThat(Extractable.check("Too short to say much.", NONE)).isFalse();
    }

    @Test
    void chineseAndJapaneseSentencesPassByTheirLength() {
        assertThat(Extractable.check("青河市昨日发生洪水，三座桥梁被冲毁。", NONE)).isTrue();
        assertThat(Extractable.check("WHO代表3月16日抵达青河市，查看灾情。", NONE)).isTrue();
        assertThat(Extractable.check("山田市で昨日大雨が降り、川が氾濫した。", NONE)).isTrue();
        // 7 characters, some 4 words
        assertThat(Extractable.check("桥梁被冲毁了。", NONE)).isFalse();
        // 117 characters, some 69 words
        assertThat(Extractable.check("青河市昨日发生洪水".repeat(13) + "。", NONE)).isFalse();
        assertThat(Extractable.check("「救援队已经出发了，居民暂时安全。」", NONE)).isFalse();
        assertThat(Extractable.check("青河市昨日发生洪水，三座桥梁被冲毁", NONE)).isFalse();
    }
}
