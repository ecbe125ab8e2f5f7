package io.sousei.web.api;

import java.util.List;

/**
 * A region's profile as the API shows it.
 *
 * @param parent null for a nation
 */
public record ProfileDto(
        String lang,
        RegionDto region,
        RegionDto parent,
        RegionDto nation,
        List<FigureDto> headline,
        List<ProfileSectionDto> sections) {}
