package dev.storyline.flink;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
import dev.storyline.domain.Article;
import dev.storyline.domain.Assignment;
import dev.storyline.settings.Settings;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Online story assignment in one task. Extraction upstream runs in parallel and delivers out of order, so
 * articles wait in {@code pending} until every earlier number has come, then join the live session in input
 * order: the answers do not depend on the parallelism. The session itself is rebuilt from the checkpointed
 * {@code assigned} articles after a restore (the core's session is plain memory, not Flink state), so a failed
 * task restarts from its last checkpoint without losing or repeating an assignment.
 */
final class AssignStories extends KeyedProcessFunction<Integer, String, String> {
    private final String settings; // as JSON: the core's settings are records, not Serializable
    private transient ListState<String> assigned;
    private transient MapState<Long, String> pending;
    private transient ValueState<Long> next;
    private transient StorySession session;

    AssignStories(Settings settings) {
        this.settings = StorylineJob.json(settings);
    }

    @Override
    public void open(OpenContext context) {
        assigned = getRuntimeContext().getListState(new ListStateDescriptor<>("assigned", String.class));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Long.class, String.class));
        next = getRuntimeContext().getState(new ValueStateDescriptor<>("next", Long.class));
    }

    @Override
    public void processElement(String value, Context ctx, Collector<String> out) throws Exception {
        if (session == null) {
            // first element since start or restore: the session is rebuilt from the articles already assigned
            session = new Storyline(StorylineJob.JSON.readValue(settings, Settings.class)).session();
            for (String json : assigned.get()) session.add(StorylineJob.JSON.readValue(json, Article.class));
        }
        StorylineJob.Numbered<Article> item = StorylineJob.read(value, Article.class);
        pending.put(item.seq(), value);
        long expected = next.value() == null ? 0 : next.value();
        while (pending.contains(expected)) {
            StorylineJob.Numbered<Article> ready = StorylineJob.read(pending.get(expected), Article.class);
            pending.remove(expected);
            expected++;
            if (ready.value() == null) continue; // no article text: nothing to assign
            Faults.maybeFail("assign", ready.seq());
            Assignment a = session.add(ready.value());
            assigned.add(StorylineJob.json(ready.value()));
            out.collect(ready.value().id() + "\t" + a.storyId());
        }
        next.update(expected);
    }
}
