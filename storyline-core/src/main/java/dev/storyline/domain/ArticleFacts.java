package dev.storyline.domain;

import java.util.List;

/** Everything the fact stage found in one article. */
public record ArticleFacts(String articleId, List<EntityMention> entities, List<Quantity> quantities,
                           List<TimeExpression> times, List<Attribution> attributions) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        attributions = List.copyOf(attributions);
    }
}
