using System.Text.Json;
using Exceed.Core.Common;
using Exceed.Core.Import;
using Exceed.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Exceed.Web.Import;

/// <summary>/api/v1/import: the shop's own spreadsheet (CSV or .xlsx) as multipart/form-data field "file".</summary>
internal static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import").WithTags("Import").RequireAuthorization(WebSetup.StaffPolicy)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportLimits.MaxBytes + 64 * 1024));

        group.MapPost("/preview", async (IFormFile file, ImportService import, CancellationToken ct) =>
        {
            await using var stream = file.OpenReadStream();
            return (await import.PreviewAsync(stream, file.FileName, ct)).ToResult(p => TypedResults.Ok(p));
        }).WithSummary("The columns, the proposed mapping of each column to a field, and the first rows.");

        group.MapPost("/dry-run", async (IFormFile file, [FromForm] string? mapping, ImportService import, CancellationToken ct) =>
        {
            var parsed = ParseMapping(mapping);
            if (parsed.Problem is { } problem)
            {
                return problem.ToResult();
            }
            await using var stream = file.OpenReadStream();
            return (await import.DryRunAsync(stream, file.FileName, parsed.Value, ct)).ToResult(r => TypedResults.Ok(r));
        }).WithSummary("Checks every row (line numbers as in Excel) and writes nothing. Optional form field mapping: {\"0\":\"Name\",\"3\":null}.");

        group.MapPost("/", async (IFormFile file, [FromForm] string? mapping, [FromForm] string? mode, ImportService import, HttpContext http, CancellationToken ct) =>
        {
            var parsed = ParseMapping(mapping);
            if (parsed.Problem is { } problem)
            {
                return problem.ToResult();
            }
            if (!Enum.TryParse<ImportMode>(mode ?? nameof(ImportMode.AllOrNothing), ignoreCase: true, out var importMode))
            {
                return Problem.Invalid("mode", "Mode must be AllOrNothing or GoodRowsOnly.").ToResult();
            }
            await using var stream = file.OpenReadStream();
            var outcome = await import.ApplyAsync(stream, file.FileName, parsed.Value, importMode, http.User.Actor(), ct);
            return outcome.ToResult(r => r.Applied
                ? TypedResults.Ok(r)
                : TypedResults.Problem(
                    $"{r.BadRowCount} of {r.RowCount} rows need fixing, so nothing was imported; fix them or import with mode=GoodRowsOnly.",
                    statusCode: 422, title: "Some rows need fixing",
                    extensions: new Dictionary<string, object?> { ["errors"] = r.Errors, ["report"] = r }));
        }).WithSummary("Imports the file: AllOrNothing (default) writes nothing if any row is bad (422 with the rows); GoodRowsOnly writes the good rows.");
    }

    private static Outcome<IReadOnlyDictionary<int, ImportField?>?> ParseMapping(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Outcome<IReadOnlyDictionary<int, ImportField?>?>(null, null);
        }
        try
        {
            var raw = JsonSerializer.Deserialize<Dictionary<int, string?>>(json) ?? [];
            var result = new Dictionary<int, ImportField?>();
            foreach (var (column, field) in raw)
            {
                if (field is null || field.Length == 0)
                {
                    result[column] = null;
                }
                else if (Enum.TryParse<ImportField>(field, ignoreCase: true, out var parsed))
                {
                    result[column] = parsed;
                }
                else
                {
                    return Problem.Invalid("mapping", $"Column {column + 1}: '{field}' is not a field; use one of {string.Join(", ", Enum.GetNames<ImportField>())} or null to ignore it.");
                }
            }
            return new Outcome<IReadOnlyDictionary<int, ImportField?>?>(result, null);
        }
        catch (JsonException)
        {
            return Problem.Invalid("mapping", "Mapping must be a JSON object from column number (0 = first) to field name, e.g. {\"0\":\"Name\",\"2\":\"Phone\"}.");
        }
    }
}
