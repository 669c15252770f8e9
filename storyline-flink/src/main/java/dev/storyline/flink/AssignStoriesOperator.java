package dev.storyline.flink;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

/**
 * Runs {@link AssignStories} and, when asked, sends the stories as they stand to the side output {@link #RUNS}
 * just before each checkpoint barrier and at the end of the input. A sink that writes what it received when it
 * is flushed at that checkpoint (see the PostgreSQL sink) then stores exactly the stories of the checkpointed
 * state. A process function has no hook at the barrier, hence an operator.
 */
final class AssignStoriesOperator extends KeyedProcessOperator<Integer, String, String> implements BoundedOneInput {
    /** The stories as they stand: the core's {@code StoryRun} as JSON, only when some article joined since the last one. */
    static final OutputTag<String> RUNS = new OutputTag<>("story runs", Types.STRING);

    private final boolean runs;

    AssignStoriesOperator(AssignStories function, boolean runs) {
        super(function);
        this.runs = runs;
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        super.prepareSnapshotPreBarrier(checkpointId);
        emitRun();
    }

    @Override
    public void endInput() {
        emitRun();
    }

    private void emitRun() {
        if (!runs) return;
        String run = ((AssignStories) userFunction).snapshot();
        if (run != null) output.collect(RUNS, new StreamRecord<>(run));
    }
}
