package io.sousei.benchmark;

/** Whether more of an indicator is better ({@link #POSITIVE}) or worse (a falling population, poverty). */
public enum Polarity {
    POSITIVE(1),
    NEGATIVE(-1);

    private final int sign;

    Polarity(int sign) {
        this.sign = sign;
    }

    /** +1 or −1: the factor that turns a value into "more is better". */
    public int sign() {
        return sign;
    }
}
