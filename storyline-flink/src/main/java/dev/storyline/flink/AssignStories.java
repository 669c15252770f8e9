package dev.storyline.flink;

import dev.storyline.StorySession;
import dev.storyline.Storyline;
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
 * Online story assignment in one task. The per-article stages upstream run in parallel and deliver out of order, so
 * articles wait in {@code pending} until every earlier number has come, then join the live session in input
 * order: the answers do not depend on the parallelism. The session itself is rebuilt from the checkpointed
 * {@code assigned} articles after a restore (prepared, so no article is analysed twice) (the core's session is plain memory, not Flink state), so a failed
 * task restarts from its last checkpoint without losing or repeating an assignment.
 *
 * <p>Output: "articleId TAB storyId TAB assignment as JSON" (the core's {@code Assignment}: why it joined).
 */
final class AssignStories extends KeyedProcessFunction<Integer, String, String> {
    private final String settings; // as JSON: the core's settings are records, not Serializable
    private transient ListState<String> assigned;
    private transient MapState<Long, String> pending;
    private transient ValueState<Long> next;
    private transient StorySession session;
    private transient boolean changed; // articles joined since the last snapshot()
    private transient InputProbe probe;

    AssignStories(Settings settings) {
        this.settings = StorylineJob.json(settings);
    }

    /**
     * Every story as it stands, as a {@code StoryRun} in JSON, or null when no article joined since the last call.
     * Telling stories (corroborate, summarize, timeline) is the costly part, so it runs once per call for the
     * stories that changed, not once per article: {@link AssignStoriesOperator} calls it at checkpoints and at the
     * end of the input.
     */
    String snapshot() {
        if (session == null || !changed) return null;
        changed = false;
        return StorylineJob.json(session.snapshot());
    }

    @Override
    public void open(OpenContext context) {
        assigned = getRuntimeContext().getListState(new ListStateDescriptor<>("assigned", String.class));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Long.class, String.class));
        next = getRuntimeContext().getState(new ValueStateDescriptor<>("next", Long.class));
        probe = InputProbe.installed();
    }

    @Override
    public void processElement(String value, Context ctx, Collector<String> out) throws Exception {
        if (session == null) {
            // first element since start or restore: the session is rebuilt from the articles already assigned
            session = new Storyline(StorylineJob.JSON.readValue(settings, Settings.class)).session();
            for (String json : assigned.get()) session.add(StorylineJob.JSON.readValue(json, StorySession.Prepared.class));
        }
        pending.put(StorylineJob.seqOf(value), value);
        long expected = next.value() == null ? 0 : next.value();
        while (pending.contains(expected)) {
            String ready = pending.get(expected);
            pending.remove(expected);
            long seq = expected++;
            StorySession.Prepared article = StorylineJob.valueOf(ready, StorySession.Prepared.class);
            if (article == null) continue; // no article text: nothing to assign
            probe.reached("assign", seq);
            Assignment a = session.add(article);
            assigned.add(StorylineJob.valueJson(ready));
            changed = true;
            out.collect(article.analyzed().id() + "\t" + a.storyId() + "\t" + StorylineJob.json(a));
        }
        next.update(expected);
    }
}
