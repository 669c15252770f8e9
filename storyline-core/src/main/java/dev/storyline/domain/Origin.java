package dev.storyline.domain;

import java.util.List;

/**
 * One independent source behind a claim: articles repeating the same wire text or the same attributed
 * source count as one origin.
 *
 * @param name       the first source in the chain ("Syrian security source via AFP", "As-Safir"),
 *                   or the earliest article's outlet when nothing is attributed
 * @param articleIds the articles whose support comes from this origin
 * @param named      false when the source is unnamed
 * @param why        why these articles are one origin, in words ("one origin: attributed to it in 2 articles, copied text in
 *                   1"); null where it was not recorded (stories stored before it was)
 */
public record Origin(String name, List<String> articleIds, boolean named, String why) {
    public Origin {
        articleIds = List.copyOf(articleIds);
    }

    public Origin(String name, List<String> articleIds, boolean named) {
        this(name, articleIds, named, null);
    }
}
