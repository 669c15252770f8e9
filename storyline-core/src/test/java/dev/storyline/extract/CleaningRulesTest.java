package dev.storyline.extract;

import org.junit.jupiter.api.Nested;

import java.util.List;

/** Each rule on tiny exact documents; the shared contract checks threads and state. */
class CleaningRulesTest {
    static final String P1 = "The ministry said on Monday that the bridge would reopen to traffic next month after repairs.";
    static final String P2 = "Engineers found cracks in two of the supporting piers during a routine inspection in spring.";

    @Nested
    class RepeatedLine extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.RepeatedLine(); }

        List<Example> examples() {
            return List.of(example("Bridge to reopen", List.of("Bridge to reopen", P1, "A pier under repair (Reuters)",
                            "A pier under repair (Reuters)", P2), 0, 3),
                    example("Other", List.of(P1, P2)),
                    // a plan that repeats a line each day: repeats further apart are the text's own
                    example("Meal plan", List.of("Day 1", "1 scoop Shakeology, 1 cup strawberries, 8 oz. almond milk", P1, P2,
                            "Day 2", "1 scoop Shakeology, 1 cup strawberries, 8 oz. almond milk")));
        }
    }

    @Nested
    class PullQuote extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.PullQuote(); }

        List<Example> examples() {
            return List.of(example("T", List.of("The ministry said on Monday", P1, P2), 0), example("T", List.of(P1, P2)));
        }
    }

    @Nested
    class ReadingTime extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.ReadingTime(); }

        List<Example> examples() {
            return List.of(example("T", List.of("2 min read", "Reading time: 5 minutes", "4-6 mins", P1), 0, 1, 2),
                    example("T", List.of("He will read for 2 minutes every day before the session starts.")));
        }
    }

    @Nested
    class DateLine extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.DateLine(); }

        List<Example> examples() {
            return List.of(example("T", List.of("08 June, 2015", "Friday 23 March 2018", "Published: June 8, 2015 10:32 GMT",
                            "Updated 2015-06-08", P1), 0, 1, 2, 3),
                    example("T", List.of("On 25 April 2015 the town fell to the rebels after a week of heavy fighting.")));
        }
    }

    @Nested
    class Arithmetic extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.Arithmetic(); }

        List<Example> examples() {
            return List.of(example("T", List.of("7 − 2 =", "3 + 4 = ?", "12 x 3 =", P1), 0, 1, 2),
                    example("T", List.of("The score was 7 - 2 after extra time.")));
        }
    }

    @Nested
    class LinkLine extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.LinkLine(); }

        List<Example> examples() {
            return List.of(example("T", List.of("Read More: Minister resigns over bridge scandal", "See also: the 2014 floods",
                            "RELATED: Five things to know", P1), 0, 1, 2),
                    example("T", List.of("Read more about the ministry's plans on its website, a spokesman said.")));
        }
    }

    @Nested
    class ShareLine extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.ShareLine(); }

        List<Example> examples() {
            return List.of(example("T", List.of("• Short link :", "Share this article", "Leave a comment", "Back to top button",
                            "12 Comments", "Print", P1), 0, 1, 2, 3, 4, 5),
                    example("T", List.of("Share prices fell sharply on Monday as investors fled the sector.")));
        }
    }

    @Nested
    class Promo extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.Promo(); }

        List<Example> examples() {
            return List.of(example("T", List.of("For the latest news, follow us on Twitter :",
                            "Today's news headlines, directly to your inbox every morning.", "Sign up for our newsletter", "Follow the latest news on the collapse on our partner's site", P1), 0, 1, 2, 3),
                    example("T", List.of("The union said members would follow the strike call, but talks continued.",
                            "Rescuers said they would follow the river downstream until dark.")));
        }
    }

    @Nested
    class Caption extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.Caption(); }

        List<Example> examples() {
            return List.of(example("T", List.of("Workers inspect the damaged pier [Getty]", "A pier under repair (Reuters/Jane Doe)",
                            "The old bridge. File photo", P1), 0, 1, 2),
                    example("T", List.of("The minister spoke to reporters (in Arabic).", P2)));
        }
    }

    @Nested
    class CreditLine extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.CreditLine(); }

        List<Example> examples() {
            return List.of(example("T", List.of(P1, "Reporting by: Jane Doe", "Editing by John Roe", "Source: Example News"), 1, 2, 3),
                    example("T", List.of("Sources close to the ministry said the repairs would cost more than expected.")));
        }
    }

    @Nested
    class EdgeFragment extends CleaningRuleContract {
        CleaningRule rule() { return new CleaningRules.EdgeFragment(); }

        List<Example> examples() {
            return List.of(example("Bridge to reopen", List.of("World News", "Jane Doe", P1, "What comes next", P2,
                            "Related Articles", "Editors Choice"), 0, 1, 5, 6),
                    example("T", List.of(P1, P2)),
                    // a wire report's summary points stand above its lead: the byline under them is still at the edge
                    example("T", List.of("* Inspectors found corrosion in two of the bridge's support cables, officials say \"today\"",
                            "By Ana Ruiz", P1), 1),
                    // Japanese is written without spaces and ends sentences with 。: these are sentences, not fragments
                    example("Kindle for PC", List.of("カテゴリ",
                            "パソコンでそのまま読みたい時もあります。今回はそのデスクトップアプリに関する話。",
                            P1, "設定で変更できる箇所も少なく、融通が効かない面も多々あります。"), 0));
        }
    }
}
