package io.sousei.region;

/** The countries whose regions the warehouse holds. */
public enum Country {
    TW,
    JP
}
