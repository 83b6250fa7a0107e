package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which direction is good for an indicator, as recorded in the indicator catalogue. It decides whether a
 * significant difference or trend is reported as better/worse or, when there is no agreed good direction (for example
 * the number of plans maintained), as plain higher/lower, as Fingertips does.
 */
public enum Polarity implements Token {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better"),
    NO_JUDGEMENT("no_judgement");

    private final String token;

    Polarity(String token) {
        this.token = token;
    }

    /** The catalogue's spelling of this polarity, for example {@code higher_is_better}. */
    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /**
     * The polarity the catalogue names: {@code higher_is_better}, {@code lower_is_better} or {@code no_judgement}
     * (surrounding spaces ignored).
     *
     * @throws IllegalArgumentException for any other text, so that a catalogue typo fails loudly rather than
     *     silently dropping the better/worse judgement
     */
    public static Polarity fromCatalogue(String text) {
        return Token.parse(Polarity.class, text);
    }
}
