package dev.storyline.eval;

/**
 * One evaluation: reads a data set, runs Storyline's stage and the baselines/peers on it in the same run,
 * and reports every system's figures. Implementations live in a package per task
 * ({@code dev.storyline.eval.summarization}, {@code ...clustering}, ...).
 */
public interface EvalTask {
    /** Section name, e.g. "summarization" or "facts/timex". */
    String name();

    EvalReport run(EvalContext context) throws Exception;
}
