package io.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim text}: language, sentiment and topics of a CSV's text column, written to a new CSV. */
@Command(
        name = "text",
        description = "Text analytics on a CSV column: sentiment, topics.",
        subcommands = {
            io.verbatim.cli.text.SentimentCommand.class,
            io.verbatim.cli.text.TrainSentimentCommand.class,
            io.verbatim.cli.text.EvalSentimentCommand.class,
            io.verbatim.cli.text.TeachCommand.class
        })
public final class TextCommand {}
