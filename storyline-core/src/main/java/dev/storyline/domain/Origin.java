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
 */
public record Origin(String name, List<String> articleIds, boolean named) {
    public Origin {
        articleIds = List.copyOf(articleIds);
    }
}
