/**
 * Text analytics on the laptop: language, sentiment, topics, taxonomies and PII masking for Russian and English
 * customer text. Depends on the domain only (and Apache OpenNLP); no JavaFX, no database.
 */
package io.verbatim.text;
