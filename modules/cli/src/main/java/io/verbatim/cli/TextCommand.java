package io.verbatim.cli;

import picocli.CommandLine.Command;

/** {@code verbatim text}: language, sentiment and topics of a CSV's text column, written to a new CSV. */
@Command(
        name = "text",
        description = "Text analytics on a CSV column: sentiment, topics.",
        subcommands = {io.verbatim.cli.text.MaskCommand.class})
public final class TextCommand {}
