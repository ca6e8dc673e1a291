package io.verbatim.ingest.survey.question;

import java.util.Map;

/**
 * A known set of answer labels and the codes they stand for.
 *
 * @param kind what the scale measures
 * @param min lowest code
 * @param max highest code
 * @param labels normalised label (lower case, single spaces) → code
 */
record AnswerScale(Kind kind, int min, int max, Map<String, Integer> labels) {

    enum Kind {
        SATISFACTION,
        AGREEMENT,
        EASE
    }
}
