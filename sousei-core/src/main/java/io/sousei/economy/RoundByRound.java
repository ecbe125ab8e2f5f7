package io.sousei.economy;

import java.util.List;

/**
 * The Neumann-series decomposition L f = f + A f + A² f + … of the output a final demand induces.
 *
 * @param roundsMillionYen round k = A<sup>k</sup> f by sector (round 0 is the demand itself)
 * @param converged true when the last round's total fell below the tolerance
 * @param remainderMillionYen Σ(L f) − Σ(all rounds): what the rounds not listed still add
 */
public record RoundByRound(List<List<Double>> roundsMillionYen, boolean converged, double remainderMillionYen) {

    public RoundByRound {
        roundsMillionYen = roundsMillionYen.stream().map(List::copyOf).toList();
    }
}
