package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;
import org.sendacc.contract.catalogue.Token;

/**
 * The outcome of comparing an area with a benchmark, in the categories public health profiles (Fingertips) show:
 * better/worse where the indicator has a polarity, higher/lower where it has none, each at 95% or at the stricter
 * 99.8%, plus similar and not compared. The token is a stable machine value for files and APIs; the label is what a
 * reader sees. The statistics module decides a comparison; the snapshot stores its token, and the server reads it back.
 */
public enum Comparison implements Token {
    BETTER_99_8("better_99.8", "Significantly better (99.8%)"),
    BETTER_95("better_95", "Better (95%)"),
    SIMILAR("similar", "Similar"),
    WORSE_95("worse_95", "Worse (95%)"),
    WORSE_99_8("worse_99.8", "Significantly worse (99.8%)"),
    /** No polarity: the area is higher than the benchmark at 99.8%. */
    HIGHER_99_8("higher_99.8", "Significantly higher (99.8%)"),
    /** No polarity: the area is higher than the benchmark at 95%. */
    HIGHER_95("higher_95", "Higher (95%)"),
    /** No polarity: the area is lower than the benchmark at 95%. */
    LOWER_95("lower_95", "Lower (95%)"),
    /** No polarity: the area is lower than the benchmark at 99.8%. */
    LOWER_99_8("lower_99.8", "Significantly lower (99.8%)"),
    NOT_COMPARED("not_compared", "Not compared");

    private final String token;
    private final String label;

    Comparison(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The stable lower-case token, for example {@code better_99.8}: the snapshot's comparison columns hold it. */
    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** The plain-English label, for example {@code Significantly better (99.8%)}. */
    public String label() {
        return label;
    }

    /** Worse than the benchmark, at 95% or at 99.8%. */
    public boolean isWorse() {
        return this == WORSE_95 || this == WORSE_99_8;
    }

    /** The comparison a snapshot's token names. @throws IllegalArgumentException for any other text */
    public static Comparison fromToken(String text) {
        return Token.parse(Comparison.class, text);
    }
}
