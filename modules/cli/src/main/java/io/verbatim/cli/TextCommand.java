package io.verbatim.cli;

import io.verbatim.cli.text.EnrichCommand;
import io.verbatim.cli.text.EvalSentimentCommand;
import io.verbatim.cli.text.EvalTopicsCommand;
import io.verbatim.cli.text.MaskCommand;
import io.verbatim.cli.text.SentimentCommand;
import io.verbatim.cli.text.TeachCommand;
import io.verbatim.cli.text.TopicsCommand;
import io.verbatim.cli.text.TrainSentimentCommand;
import picocli.CommandLine.Command;

/**
 * {@code verbatim text}: language, sentiment, topics and PII masking of a CSV's text column, written to a new CSV; and
 * the same enrichment stored beside a workspace dataset's column.
 */
@Command(
        name = "text",
        description = "Text analytics: sentiment, topics and PII masking of a CSV column; enrichment of a workspace"
                + " dataset; training and evaluation of the models.",
        subcommands = {
            SentimentCommand.class,
            TopicsCommand.class,
            EnrichCommand.class,
            MaskCommand.class,
            TeachCommand.class,
            TrainSentimentCommand.class,
            EvalSentimentCommand.class,
            EvalTopicsCommand.class
        })
public final class TextCommand {}
