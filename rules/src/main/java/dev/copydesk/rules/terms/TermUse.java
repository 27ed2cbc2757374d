package dev.copydesk.rules.terms;

import dev.copydesk.core.model.TextRegion;

/**
 * One use of a term in body text.
 *
 * @param group which term it is: uses with the same group are one term written in one or more
 *     forms ({@code "abbr:US"} for "U.S." and "US")
 * @param form the form as compared within the group ({@code "U.S."}; lower-case for groups that
 *     ignore case)
 * @param written the text as written
 * @param region where it is in the checked text
 */
record TermUse(String group, String form, String written, TextRegion region) {}
