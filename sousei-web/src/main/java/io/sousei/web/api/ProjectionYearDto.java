package io.sousei.web.api;

import java.math.BigDecimal;
import java.util.List;

/** Persons in one year: total, 0–14 (young), 15–64 (working age), 65+ (elderly), women 20–39, and by age group for each sex (in the order of {@code age_groups}). */
public record ProjectionYearDto(
        int year,
        BigDecimal total,
        BigDecimal youngPersons,
        BigDecimal workingAgePersons,
        BigDecimal elderlyPersons,
        BigDecimal women20to39,
        List<BigDecimal> male,
        List<BigDecimal> female) {}
