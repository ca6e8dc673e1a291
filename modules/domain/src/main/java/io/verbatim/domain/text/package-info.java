/** What analysts say about text: sentiment corrections kept in the workspace. */
package io.verbatim.domain.text;
