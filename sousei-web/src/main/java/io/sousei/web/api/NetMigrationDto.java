package io.sousei.web.api;

import java.math.BigDecimal;

public record NetMigrationDto(String sex, String ageGroup, BigDecimal netMigrants, BigDecimal netMigrationRate) {}
