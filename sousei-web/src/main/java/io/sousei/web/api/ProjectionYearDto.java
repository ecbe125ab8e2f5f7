package io.sousei.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * Persons in one year: total, 0–14 (young), 15–64 (working age), 65+ (elderly), women 20–39, and by age group for
 * each sex in the order of {@code age_groups} (left out with {@code detail=totals}, the light answer for maps).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionYearDto(
        int year,
        BigDecimal total,
        BigDecimal youngPersons,
        BigDecimal workingAgePersons,
        BigDecimal elderlyPersons,
        BigDecimal women20to39,
        List<BigDecimal> male,
        List<BigDecimal> female) {}
