package io.verbatim.ingest.mention;

import io.verbatim.ingest.mapping.TableImporter;

/**
 * Mention exports of social and media monitoring tools that are plain tables (CSV or XLSX): YouScan ({@code youscan}),
 * Brand24 ({@code brand24}), Brandwatch ({@code brandwatch}), Talkwalker ({@code talkwalker}), PressIndex and
 * Medialogia style Russian exports ({@code medialogia}), the Customer Support on Twitter table ({@code twitter}) and,
 * when asked for mentions explicitly or when enough mention columns are present, any other table ({@code generic}).
 * The tool's own sentiment is stored as {@code tool_sentiment}, beside whatever Verbatim computes later.
 */
public final class MentionImporter extends TableImporter {

    public MentionImporter() {
        super(MentionTables.kind());
    }
}
