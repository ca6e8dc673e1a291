/**
 * The texts view: a dataset's free-text answers with their language, sentiment and topic, the analyst's sentiment
 * corrections (kept in the workspace, undoable) and "teach it", which retrains the workspace's own model on them.
 */
package io.verbatim.app.texts;
