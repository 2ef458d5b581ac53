using Exceed.Core.Common;
using Exceed.Core.Language;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Language;

/// <summary>/api/v1/language: the reply checker for every agent; the phrasebook and rule switches for leads.</summary>
internal static class LanguageApi
{
    public static void MapLanguageApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/language").WithTags("Language").RequireAuthorization(WebSetup.StaffPolicy);
        var lead = api.MapGroup("/language").WithTags("Language").RequireAuthorization(WebSetup.LeadPolicy);

        staff.MapPost("/check", async (CheckRequest request, PhrasebookService phrasebook, CancellationToken ct) =>
            (await phrasebook.CheckAsync(request, ct)).ToResult(c => TypedResults.Ok(c)))
            .WithSummary("Check a reply: {text, language? (zh-Hans|zh-Hant|en, detected when left out), context? (the customer's last message)} → {language, problems:[{kind, start, length, reason, suggestion, ruleId}]}; offsets are UTF-16 indices into text.");

        staff.MapGet("/phrasebook", async (string? language, string? use, string? q, int? limit, PhrasebookService phrasebook, CancellationToken ct) =>
            TypedResults.Ok((await phrasebook.ListAsync(language, use, q, limit ?? 500, ct)).Select(PhraseView.From)))
            .WithSummary("Entries, filtered by language, use (Discouraged|Recommended|ComplaintCue) and q (searched in both scripts).");
        staff.MapGet("/phrasebook/{id:guid}", async (Guid id, PhrasebookService phrasebook, CancellationToken ct) =>
            (await phrasebook.GetAsync(id, ct)).ToResult(e => TypedResults.Ok(PhraseView.From(e))));
        staff.MapGet("/phrasebook.csv", async (PhrasebookService phrasebook, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await phrasebook.ExportCsvAsync(buffer, ct);
            return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", "phrasebook.csv");
        }).WithSummary("Every entry as CSV (UTF-8); edit it in a spreadsheet and import it back.");
        staff.MapGet("/rules", async (PhrasebookService phrasebook, CancellationToken ct) => TypedResults.Ok(await phrasebook.RulesAsync(ct)))
            .WithSummary("The rules, whether each is on, how many phrases it has, and its bad/corrected/good examples per language.");

        lead.MapPost("/phrasebook", async (PhraseInput input, PhrasebookService phrasebook, HttpContext http, CancellationToken ct) =>
            (await phrasebook.AddAsync(input, http.User.Actor(), ct)).ToResult(e => TypedResults.Created($"/api/v1/language/phrasebook/{e.Id}", PhraseView.From(e))))
            .WithSummary("Add an entry: {language, use, kind, phrase, suggestion, reason, exceptions?, ruleId?, enabled?}. Takes effect at once on every node.");
        lead.MapPut("/phrasebook/{id:guid}", async (Guid id, PhraseInput input, PhrasebookService phrasebook, HttpContext http, CancellationToken ct) =>
            (await phrasebook.UpdateAsync(id, input, http.User.Actor(), ct)).ToResult(e => TypedResults.Ok(PhraseView.From(e))))
            .WithSummary("Replace an entry (all fields, as for POST); enabled=false keeps it but stops it firing.");
        lead.MapDelete("/phrasebook/{id:guid}", async (Guid id, PhrasebookService phrasebook, HttpContext http, CancellationToken ct) =>
            (await phrasebook.DeleteAsync(id, http.User.Actor(), ct)).ToResult(_ => TypedResults.NoContent()));
        lead.MapPost("/phrasebook/import", async (HttpRequest request, PhrasebookService phrasebook, HttpContext http, CancellationToken ct) =>
        {
            Stream? body = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file")?.OpenReadStream() : request.Body;
            if (body is null)
            {
                return Problem.Invalid("file", "Send the CSV as form field 'file' (multipart/form-data) or as the request body (text/csv).").ToResult();
            }
            await using (body)
            {
                return (await phrasebook.ImportCsvAsync(body, http.User.Actor(), ct)).ToResult(r => TypedResults.Ok(r));
            }
        }).DisableAntiforgery()
            .WithSummary("Import CSV in the export's columns: rows with a known id are updated, others added; one bad row (named by line) and nothing is written.");
        lead.MapPut("/rules/{ruleId}", async (string ruleId, RuleSwitch change, PhrasebookService phrasebook, HttpContext http, CancellationToken ct) =>
            (await phrasebook.SwitchRuleAsync(ruleId, change, http.User.Actor(), ct)).ToResult(r => TypedResults.Ok(r)))
            .WithSummary("Switch a rule on or off: {enabled}. Applies at once on every node.");
    }
}

/// <summary>An entry as the API shows it.</summary>
internal sealed record PhraseView(Guid Id, string Language, PhraseUse Use, string Kind, string RuleId, string Phrase, string Suggestion,
    string Reason, string Exceptions, bool Enabled, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static PhraseView From(PhraseEntry e) =>
        new(e.Id, e.Language, e.Use, e.Kind, e.RuleId, e.Phrase, e.Suggestion, e.Reason, e.Exceptions, e.Enabled, e.UpdatedAt, e.UpdatedBy);
}
