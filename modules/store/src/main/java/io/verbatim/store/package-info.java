/**
 * The H2 workspace: opening and locking it, Flyway migrations, one DAO per table group, and the all-or-nothing import
 * that stores rows as dictionary-encoded column chunks (docs/decisions/0004-h2-and-flyway.md). Only {@link
 * io.verbatim.store.Workspace} is public; everything else is reached through the domain's
 * {@link io.verbatim.domain.port.DatasetRepository}.
 */
package io.verbatim.store;
