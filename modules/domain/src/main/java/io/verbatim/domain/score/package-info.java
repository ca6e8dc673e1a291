/** Score results shared by analytics, the command line, charts and views. */
package io.verbatim.domain.score;
