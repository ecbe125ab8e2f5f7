package io.sousei.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.profile.Figure;
import io.sousei.profile.ProfileSeries;
import io.sousei.profile.RegionProfile;
import io.sousei.profile.RegionProfiles;
import io.sousei.region.RegionId;
import io.sousei.text.Language;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** {@code GET /api/v1/regions/{id}/profile?lang=}: headline figures against parent and nation, and chart data. */
public final class ProfileRoutes {

    private final RegionProfiles profiles;
    private final Responses responses;

    public ProfileRoutes(RegionProfiles profiles, Responses responses) {
        this.profiles = profiles;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.REGION_PROFILE, this::profile);
    }

    private void profile(Context ctx) {
        Language language = new QueryParameters(ctx).language();
        RegionProfile profile = profiles.profile(RegionRoutes.parsePathId(ctx.pathParam("id")));
        responses.json(ctx, toDto(profile, language));
    }

    public static ProfileDto toDto(RegionProfile p, Language language) {
        Map<RegionId, String> names = new HashMap<>();
        Stream.of(p.region(), p.parent(), p.nation())
                .filter(r -> r != null)
                .forEach(r -> names.put(r.id(), r.name().in(language)));
        return new ProfileDto(
                language.tag(),
                DtoMapper.region(p.region(), language),
                p.findParent().map(r -> DtoMapper.region(r, language)).orElse(null),
                DtoMapper.region(p.nation(), language),
                p.headline().stream().map(f -> figure(f, language)).toList(),
                p.sections().stream()
                        .map(s -> new ProfileSectionDto(
                                s.key(),
                                s.series().stream()
                                        .map(series -> series(series, names, language))
                                        .toList()))
                        .toList());
    }

    private static FigureDto figure(Figure f, Language language) {
        return new FigureDto(
                f.indicator().id().value(),
                f.indicator().name().in(language),
                Units.in(f.indicator().unit(), language),
                f.period(),
                PlainNumbers.decimal(f.region()),
                f.parent() == null ? null : PlainNumbers.decimal(f.parent()),
                f.nation() == null ? null : PlainNumbers.decimal(f.nation()),
                f.datasetId());
    }

    private static ProfileSeriesDto series(ProfileSeries s, Map<RegionId, String> names, Language language) {
        return new ProfileSeriesDto(
                s.indicator().id().value(),
                s.indicator().name().in(language),
                Units.in(s.indicator().unit(), language),
                s.indicator().source(),
                s.rows().stream()
                        .map(o -> DtoMapper.observation(o, names.get(o.region())))
                        .toList());
    }
}
