package io.sousei.web.api.economy;

/** One sector's multipliers; a null multiplier is one the data cannot support (see the answer's {@code absent}). */
public record SectorMultipliersDto(
        String sectorCode,
        String sectorName,
        double outputMultiplier,
        Double valueAddedMultiplier,
        Double incomeMultiplier,
        double backwardLinkage,
        double forwardLinkage,
        Double valueAddedTypeI,
        Double incomeTypeI,
        Double incomeTypeII,
        Double employmentPersonsPerMillionYen) {}
