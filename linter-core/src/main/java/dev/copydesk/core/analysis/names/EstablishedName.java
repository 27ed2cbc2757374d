package dev.copydesk.core.analysis.names;

/**
 * A name the article establishes: a name word used more than once, or introduced as part of a
 * full name, or configured as a house name.
 *
 * @param word the name word as the article refers to it, particle and possessive stripped
 *     ({@code "Kadhimi"})
 * @param fullForm the fullest form the article (or the house list) gives it: the name of its
 *     first full-name mention ({@code "Mustafa al-Kadhimi"}), else of its first mention
 * @param introduction the mention that gave {@code fullForm}, or null for a house name the
 *     article does not mention
 * @param uses how many mentions in the article hold the word
 * @param person whether the name is a person's: introduced with a title, or referred to by the
 *     surname alone after a full-name introduction
 * @param house whether the name comes from the configured house names
 */
public record EstablishedName(
    String word, String fullForm, NameMention introduction, int uses, boolean person, boolean house) {}
