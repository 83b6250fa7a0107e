package org.sendacc.contract.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * A value of one of the catalogue's vocabularies, with the token the catalogue and the snapshot spell it with. The
 * vocabularies are defined here once, for the analytics job that validates the catalogue and the server that shows it.
 */
public interface Token {
    String token();

    /** Every token of a vocabulary, in declaration order. */
    static <E extends Enum<E> & Token> List<String> tokens(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Token::token).toList();
    }

    /**
     * The value a token names (surrounding spaces ignored).
     *
     * @throws IllegalArgumentException for any other text, naming the vocabulary and its tokens, so that a catalogue
     *     typo fails loudly
     */
    static <E extends Enum<E> & Token> E parse(Class<E> vocabulary, String text) {
        requireNonNull(text, vocabulary.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " text is null");
        String trimmed = text.strip();
        for (E value : vocabulary.getEnumConstants()) {
            if (value.token().equals(trimmed)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "unknown " + vocabulary.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + text
                        + "'; expected one of " + tokens(vocabulary));
    }
}
