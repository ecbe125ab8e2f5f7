package io.sousei.economy;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The multipliers of one sector (per unit of final demand for its product). A multiplier the data cannot
 * support is empty; {@link IoMultipliers#absent()} says why.
 *
 * @param outputMultiplier Σ<sub>i</sub> L<sub>ij</sub>
 * @param valueAddedMultiplier (v<sup>T</sup>L)<sub>j</sub>, value added induced per unit of final demand (粗付加価値誘発係数)
 * @param valueAddedTypeI (v<sup>T</sup>L)<sub>j</sub> / v<sub>j</sub>
 * @param incomeMultiplier (w<sup>T</sup>L)<sub>j</sub>, compensation induced per unit of final demand (雇用者所得誘発係数)
 * @param incomeTypeI (w<sup>T</sup>L)<sub>j</sub> / w<sub>j</sub>
 * @param incomeTypeII the household-closed inverse's household row over w<sub>j</sub>
 * @param employmentPersonsPerMillionYen (e<sup>T</sup>L)<sub>j</sub> with e = persons engaged / output
 * @param backwardLinkage 影響力係数
 * @param forwardLinkage 感応度係数
 */
public record SectorMultipliers(
        Sector sector,
        double outputMultiplier,
        OptionalDouble valueAddedMultiplier,
        OptionalDouble valueAddedTypeI,
        OptionalDouble incomeMultiplier,
        OptionalDouble incomeTypeI,
        OptionalDouble incomeTypeII,
        OptionalDouble employmentPersonsPerMillionYen,
        double backwardLinkage,
        double forwardLinkage) {

    public SectorMultipliers {
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(valueAddedMultiplier, "valueAddedMultiplier");
        Objects.requireNonNull(valueAddedTypeI, "valueAddedTypeI");
        Objects.requireNonNull(incomeMultiplier, "incomeMultiplier");
        Objects.requireNonNull(incomeTypeI, "incomeTypeI");
        Objects.requireNonNull(incomeTypeII, "incomeTypeII");
        Objects.requireNonNull(employmentPersonsPerMillionYen, "employmentPersonsPerMillionYen");
    }
}
