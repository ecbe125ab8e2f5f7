package io.sousei.indicator;

import java.util.Optional;

/** The eight indicator categories of regional revitalisation analysis (the TESAS "8 categories"). */
public enum Category {
    POPULATION("population"),
    ECONOMIC_CIRCULATION("economic_circulation"),
    INDUSTRY_STRUCTURE("industry_structure"),
    ENTERPRISE_ACTIVITY("enterprise_activity"),
    TOURISM("tourism"),
    TOWN_DEVELOPMENT("town_development"),
    EMPLOYMENT_MEDICAL_WELFARE("employment_medical_welfare"),
    LOCAL_FINANCE("local_finance");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Category> findByKey(String key) {
        for (Category c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
