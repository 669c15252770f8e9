package dev.storyline.eval;

import picocli.CommandLine;

/** Runs the evaluation command without the CLI module (the CLI's {@code storyline eval} is the same command). */
public final class EvalMain {
    private EvalMain() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
