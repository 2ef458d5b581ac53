using Exceed.Core.Common;
using Exceed.Core.Customers.Duplicates;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Customers;

/// <summary>/api/v1/customers/duplicates and merges: likely pairs, a person's merge or dismissal, and the story of each merge.</summary>
internal static class DuplicatesApi
{
    public static RouteGroupBuilder MapDuplicatesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Duplicates").RequireAuthorization(WebSetup.StaffPolicy);

        group.MapGet("/duplicates", async (int? page, DuplicateFinder finder, CancellationToken ct) =>
            TypedResults.Ok(await finder.ListAsync(page ?? 1, ct)))
            .WithSummary("Likely duplicate pairs among one page of shared names; an empty page may still have more after it (hasMore).");

        group.MapGet("/{id:guid}/duplicates", async (Guid id, DuplicateFinder finder, CancellationToken ct) =>
            (await finder.ForCustomerAsync(id, ct)).ToResult(pairs => TypedResults.Ok(pairs)))
            .WithSummary("Likely duplicates of one customer.");

        group.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, MergeService merges, HttpContext http, CancellationToken ct) =>
            input.MergeId is not { } mergeId
                ? Problem.Invalid("mergeId", "Say which customer to merge into this one (mergeId).").ToResult()
                : (await merges.MergeAsync(id, mergeId, input.Reason, http.User.Actor(), ct)).ToResult(c => TypedResults.Ok(CustomerView.From(c))))
            .WithSummary("Merge customer mergeId into this one, keeping everything both hold; returns the surviving customer.");

        group.MapPost("/duplicates/dismiss", async (DismissInput input, DuplicateFinder finder, HttpContext http, CancellationToken ct) =>
            input is { A: { } a, B: { } b }
                ? (await finder.DismissAsync(a, b, http.User.Actor(), ct)).ToResult(_ => TypedResults.NoContent())
                : Problem.Invalid("b", "Give the ids of both customers (a and b).").ToResult())
            .WithSummary("Mark two customers as different people, so the pair is not suggested again.");

        group.MapGet("/{id:guid}/merges", async (Guid id, MergeService merges, CancellationToken ct) =>
            TypedResults.Ok(await merges.ExplainAsync(id, ct)))
            .WithSummary("Every merge behind this customer: what was merged in, when, by whom, why and what moved.");
        return group;
    }
}

public sealed record MergeInput(Guid? MergeId, string? Reason);

public sealed record DismissInput(Guid? A, Guid? B);
