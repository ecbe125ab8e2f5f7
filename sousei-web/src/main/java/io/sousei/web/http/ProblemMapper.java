package io.sousei.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.sousei.benchmark.BenchmarkException;
import io.sousei.economy.EconomyErrorCode;
import io.sousei.economy.EconomyException;
import io.sousei.population.PopulationProjectionException;
import io.sousei.region.UnknownRegionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP problems. Client errors are answered with their detail;
 * anything unexpected is logged here with its stack trace and answered with a generic 500 that names
 * no internals.
 */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final Responses responses;

    public ProblemMapper(Responses responses) {
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, fromRouting(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> answer(ctx, toApiException(e, ctx)));
    }

    /** The problem an exception stands for. */
    ApiException toApiException(Exception e, Context ctx) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof UnknownRegionException unknown) {
            return new ApiException(ProblemType.UNKNOWN_REGION, unknown.getMessage());
        }
        if (e instanceof EconomyException economy) {
            return new ApiException(
                    economy.code() == EconomyErrorCode.BAD_SPEC ? ProblemType.BAD_PARAMETER : ProblemType.NO_DATA,
                    economy.getMessage());
        }
        if (e instanceof BenchmarkException benchmark) {
            return new ApiException(ProblemType.NO_DATA, benchmark.getMessage());
        }
        if (e instanceof PopulationProjectionException p) {
            return new ApiException(ProblemType.NO_DATA, p.getMessage());
        }
        if (e instanceof HttpResponseException http) {
            return fromRouting(http, ctx);
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        return new ApiException(
                ProblemType.INTERNAL_ERROR, "the server could not answer this request; the error is logged there");
    }

    private static ApiException fromRouting(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> ApiException.notFound("no resource at " + ctx.path() + "; the API lives under /api/v1");
            case 405 -> new ApiException(ProblemType.METHOD_NOT_ALLOWED, "this API is read-only: use GET");
            case 400 -> ApiException.badParameter(e.getMessage());
            default -> {
                LOG.error("{} {} answered {}", ctx.method(), ctx.path(), e.getStatus(), e);
                yield new ApiException(ProblemType.INTERNAL_ERROR, "the server could not answer this request");
            }
        };
    }

    private void answer(Context ctx, ApiException e) {
        responses.problem(ctx, ProblemDto.of(e.type(), e.detail(), ctx.path()));
    }
}
