using System.Security.Claims;
using Exceed.Core.Common;

namespace Exceed.Web.Infrastructure;

/// <summary>Turns core outcomes into HTTP results: the value, or RFC 7807 problem details naming the field and what to do.</summary>
internal static class ApiResults
{
    public static IResult ToResult<T>(this Outcome<T> outcome, Func<T, IResult> ok) =>
        outcome.Succeeded ? ok(outcome.Value!) : outcome.Problem!.ToResult();

    public static IResult ToResult(this Problem problem) => problem.Errors is { Count: > 0 } errors
        ? TypedResults.ValidationProblem(errors, problem.Detail, title: problem.Title)
        : TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);

    /// <summary>The name recorded in the audit trail: the staff member's email or the API key's name.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
