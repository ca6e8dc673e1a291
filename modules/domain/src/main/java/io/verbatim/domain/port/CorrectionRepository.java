package io.verbatim.domain.port;

import io.verbatim.domain.text.SentimentCorrection;
import java.util.List;
import java.util.Optional;

/** The analysts' sentiment corrections of a workspace, one per text. Implemented by the store. */
public interface CorrectionRepository {

    /** Every correction, oldest first. */
    List<SentimentCorrection> corrections();

    /** The correction of one text (compared after stripping surrounding white space), if any. */
    Optional<SentimentCorrection> correction(String text);

    /** Saves a correction, replacing an earlier one of the same text. */
    void save(SentimentCorrection correction);

    /** Removes the correction of a text (undo); true when there was one. */
    boolean delete(String text);
}
