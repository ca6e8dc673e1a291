package io.verbatim.cli;

import io.verbatim.cli.text.EvalTopicsCommand;
import io.verbatim.cli.text.MaskCommand;
import io.verbatim.cli.text.TopicsCommand;
import picocli.CommandLine.Command;

/** {@code verbatim text}: language, sentiment, topics and PII masking of a CSV's text column, written to a new CSV. */
@Command(
        name = "text",
        description = "Text analytics on a CSV column: sentiment, topics, PII masking.",
        subcommands = {TopicsCommand.class, EvalTopicsCommand.class, MaskCommand.class})
public final class TextCommand {}
