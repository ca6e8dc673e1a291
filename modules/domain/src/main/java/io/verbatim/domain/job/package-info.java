/** Long-running work with progress and cancel, free of UI types. */
package io.verbatim.domain.job;
