package io.sousei.economy;

/** Stable codes of the economy engines' refusals. */
public enum EconomyErrorCode {
    /** A spec that cannot be computed: wrong sizes, rates outside [0, 1], an unknown sector. */
    BAD_SPEC,
    /** The data has no table, series or year the request needs. */
    NO_DATA,
    /** I − A is singular or fails Hawkins–Simon: no meaningful Leontief inverse. */
    NOT_PRODUCTIVE
}
