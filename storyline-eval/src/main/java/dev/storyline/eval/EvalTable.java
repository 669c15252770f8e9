package dev.storyline.eval;

import java.util.List;

/** One table of figures: a caption, column names, and rows of formatted cells (first cell: the system). */
public record EvalTable(String caption, List<String> columns, List<List<String>> rows) {
    public EvalTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
