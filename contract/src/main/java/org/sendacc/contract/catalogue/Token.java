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
        // the message is made only when it is needed: this runs for every cell of a snapshot's vocabulary columns
        requireNonNull(text, () -> vocabulary.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " text is null");
        Object value = Lookup.BY_TOKEN.get(vocabulary).get(text.strip());
        if (value != null) {
            return vocabulary.cast(value);
        }
        throw new IllegalArgumentException(
                "unknown " + vocabulary.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + text
                        + "'; expected one of " + tokens(vocabulary));
    }

    /**
     * Each vocabulary's values by token, made once per vocabulary: tokens are parsed for every row of a snapshot, and
     * a scan of the enum's values (a fresh copy of them each time) showed in the analytics job's profile.
     */
    final class Lookup {
        static final ClassValue<java.util.Map<String, Object>> BY_TOKEN = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> vocabulary) {
                java.util.Map<String, Object> byToken = new java.util.HashMap<>();
                for (Object value : vocabulary.getEnumConstants()) {
                    byToken.put(((Token) value).token(), value);
                }
                return java.util.Map.copyOf(byToken);
            }
        };

        private Lookup() {}
    }
}
