package dev.storyline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of evaluation tasks by command name; "all" runs every one in this order. */
public final class EvalTasks {
    private EvalTasks() {}

    /** Command name → the task parts it runs, in report order. Add a task by adding its line here. */
    static Map<String, List<Supplier<EvalTask>>> registry() {
        Map<String, List<Supplier<EvalTask>>> tasks = new LinkedHashMap<>();
        tasks.put("summarization", List.of(dev.storyline.eval.summarization.SummarizationEval::new));
        tasks.put("news-events", List.of(dev.storyline.eval.events.NewsEventsEval::new));
        tasks.put("news-claims", List.of(dev.storyline.eval.events.NewsClaimsEval::new));
        tasks.put("clustering", List.of(dev.storyline.eval.clustering.ClusteringEval::new));
        tasks.put("extraction", List.of(dev.storyline.eval.extraction.ExtractionEval::new));
        tasks.put("facts", List.of(dev.storyline.eval.facts.TimexEval::new, dev.storyline.eval.facts.AttributionEval::new,
                dev.storyline.eval.facts.MeantimeEval::new));
        return tasks;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>(registry().keySet());
        names.add("all");
        return names;
    }

    public static List<EvalTask> resolve(String name) {
        Map<String, List<Supplier<EvalTask>>> registry = registry();
        List<Supplier<EvalTask>> suppliers = new ArrayList<>();
        if (name.equals("all")) {
            registry.values().forEach(suppliers::addAll);
        } else if (registry.containsKey(name)) {
            suppliers.addAll(registry.get(name));
        } else {
            throw new IllegalArgumentException("unknown evaluation task '" + name + "'; known: " + names());
        }
        return suppliers.stream().map(Supplier::get).toList();
    }
}
