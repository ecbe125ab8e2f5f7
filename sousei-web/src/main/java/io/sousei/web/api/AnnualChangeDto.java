package io.sousei.web.api;

import java.math.BigDecimal;

/** One year's natural change (births − deaths) and social change (residual net migration), persons. */
public record AnnualChangeDto(String period, BigDecimal naturalChange, BigDecimal socialChange) {}
