package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlternativesTest {
    @Test
    void groupsWordsByFirstLetterKeepingTheirOrder() {
        assertThat(Alternatives.of("said|told|says|say")).isEqualTo("(?:s(?:aid|ays|ay)|told)");
        assertThat(Alternatives.of("Said|said|x")).isEqualTo("(?:(?:Said|said)|x)");
        assertThat(Alternatives.of("a")).isEqualTo("(?:a)");
    }

    @Test
    void anAlternativeMustStartWithALetter() {
        assertThatThrownBy(() -> Alternatives.of(List.of("said", "(?:x)"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Grouped or not, the same pattern finds the same match with the same groups, backtracking included. */
    @Test
    void matchesWhatThePlainAlternationMatches() {
        String words = "say|said|says|saying|told|tells|believes?|sa|t";
        String around = "(?<before>[a-z ]{0,12}?)\\s+(?<cue>%s)(?<after>s?\\s*\\w*)$";
        Pattern plain = Pattern.compile(String.format(around, words));
        Pattern grouped = Pattern.compile(String.format(around, Alternatives.of(words)));
        String alphabet = "sayidtolbe ";
        Random random = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            Matcher a = plain.matcher(s);
            Matcher b = grouped.matcher(s);
            boolean found = a.find();
            assertThat(b.find()).as(s.toString()).isEqualTo(found);
            if (found) {
                assertThat(b.group("before") + "|" + b.group("cue") + "|" + b.group("after")).as(s.toString())
                        .isEqualTo(a.group("before") + "|" + a.group("cue") + "|" + a.group("after"));
            }
        }
    }
}
