package io.sousei.population;

/**
 * The interval a reverse question searches and when it stops: bisection halves {@code [lower, upper]} until it is
 * narrower than {@code tolerance} (in the parameter's unit) or {@code maxIterations} halvings have been made.
 */
public record SearchBracket(double lower, double upper, double tolerance, int maxIterations) {

    /** TFR between 0 and 10 children per woman, to 1e-10. */
    public static final SearchBracket TFR = new SearchBracket(0, 10, 1e-10, 200);

    /** Migration multiplier between 0 (closed) and 5 times the assumed migration, to 1e-10. */
    public static final SearchBracket MIGRATION_MULTIPLIER = new SearchBracket(0, 5, 1e-10, 200);

    public SearchBracket {
        if (!(lower < upper) || !(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException(
                    "a search bracket has lower < upper, a positive tolerance and iterations");
        }
    }
}
