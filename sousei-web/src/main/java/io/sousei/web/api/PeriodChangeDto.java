package io.sousei.web.api;

import java.math.BigDecimal;
import java.util.List;

/** Change between two counts five years apart, with net migrants by sex and age at the later count. */
public record PeriodChangeDto(
        int fromYear,
        int toYear,
        BigDecimal fromPersons,
        BigDecimal toPersons,
        BigDecimal totalChange,
        BigDecimal socialChange,
        BigDecimal naturalChangeAndChildren,
        List<NetMigrationDto> netMigration) {}
