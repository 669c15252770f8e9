package dev.storyline.eval;

import java.util.List;

/**
 * What one task measured.
 *
 * @param task    the task's section name
 * @param title   a heading
 * @param dataset what was measured on (path, size, subset)
 * @param tables  the figures, every system side by side
 * @param notes   how to read them: settings, published scores for comparison, caveats
 */
public record EvalReport(String task, String title, String dataset, List<EvalTable> tables, List<String> notes) {
    public EvalReport {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
