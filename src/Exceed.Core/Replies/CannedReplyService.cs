using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Language;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Replies;

/// <summary>What a lead sends to add or change a canned reply.</summary>
public sealed record CannedReplyInput(string? Language, string? Title, string? Shortcut, string? Body);

/// <summary>A canned reply with its variables filled for one conversation: plain text, ready for the composer.</summary>
public sealed record FilledReply(Guid Id, string Title, string Language, string Text);

/// <summary>Leads keep the team's canned replies; agents find one by title or shortcut and get it filled for the customer.</summary>
public sealed class CannedReplyService(ExceedDb db, ReplyContexts contexts, TimeProvider clock)
{
    /// <summary>Replies in a language (or all), whose title or shortcut contains q; Simplified and Traditional find each other.</summary>
    public async Task<List<CannedReply>> ListAsync(string? language, string? q, int limit = 200, CancellationToken ct = default)
    {
        var query = db.Set<CannedReply>().AsNoTracking();
        if (Languages.Match(language) is { } lang)
        {
            query = query.Where(r => r.Language == lang);
        }
        var all = await query.ToListAsync(ct);
        var needle = string.IsNullOrWhiteSpace(q) ? null : TextFolding.Fold(q.Trim().TrimStart('/'));
        return all
            .Where(r => needle is null || TextFolding.Fold(r.Shortcut).Contains(needle, StringComparison.Ordinal) || TextFolding.Fold(r.Title).Contains(needle, StringComparison.Ordinal))
            .OrderBy(r => needle is not null && TextFolding.Fold(r.Shortcut).StartsWith(needle, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(r => r.Shortcut, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 500))
            .ToList();
    }

    public async Task<Outcome<CannedReply>> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<CannedReply>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } reply
            ? reply
            : Problem.NotFound($"There is no canned reply {id}; list them with GET /api/v1/replies.");

    public async Task<Outcome<CannedReply>> AddAsync(CannedReplyInput input, string actor, CancellationToken ct = default)
    {
        var reply = new CannedReply();
        return await SaveAsync(reply, input, actor, isNew: true, ct);
    }

    public async Task<Outcome<CannedReply>> UpdateAsync(Guid id, CannedReplyInput input, string actor, CancellationToken ct = default)
    {
        var reply = await db.Set<CannedReply>().FirstOrDefaultAsync(r => r.Id == id, ct);
        return reply is null
            ? Problem.NotFound($"There is no canned reply {id}; list them with GET /api/v1/replies.")
            : await SaveAsync(reply, input, actor, isNew: false, ct);
    }

    public async Task<Outcome<bool>> DeleteAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<CannedReply>().Where(r => r.Id == id).ExecuteDeleteAsync(ct) == 1
            ? true
            : Problem.NotFound($"There is no canned reply {id}; it may have been deleted already.");

    /// <summary>The reply with its variables filled from the conversation's customer (when given) and the agent writing.</summary>
    public async Task<Outcome<FilledReply>> FillAsync(Guid id, Guid? conversationId, Agent agent, CancellationToken ct = default)
    {
        var found = await GetAsync(id, ct);
        if (found.Value is not { } reply)
        {
            return found.Problem!;
        }
        var context = await contexts.ForAsync(conversationId, reply.Language, agent, ct);
        return new FilledReply(reply.Id, reply.Title, reply.Language, ReplyVariables.Fill(reply.Body, context));
    }

    private async Task<Outcome<CannedReply>> SaveAsync(CannedReply reply, CannedReplyInput input, string actor, bool isNew, CancellationToken ct)
    {
        var errors = Validate(input);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var language = Languages.Match(input.Language)!;
        var shortcut = input.Shortcut!.Trim().TrimStart('/').ToLowerInvariant();
        if (await db.Set<CannedReply>().AnyAsync(r => r.Language == language && r.Shortcut == shortcut && r.Id != reply.Id, ct))
        {
            return Problem.Invalid("shortcut", $"Another {language} reply already uses the shortcut '{shortcut}'; pick another one.");
        }
        (reply.Language, reply.Title, reply.Shortcut, reply.Body) = (language, input.Title!.Trim(), shortcut, input.Body!.Trim());
        (reply.UpdatedAt, reply.UpdatedBy) = (clock.GetUtcNow(), actor);
        if (isNew)
        {
            db.Add(reply);
        }
        await db.SaveChangesAsync(ct);
        return reply;
    }

    private static FieldErrors Validate(CannedReplyInput input)
    {
        var errors = new FieldErrors();
        if (Languages.Match(input.Language) is not { } language || !Languages.Supported.Contains(language))
        {
            errors.Add("language", "Language must be zh-Hans, zh-Hant or en.");
        }
        errors.Require("title", input.Title, "Title", ReplyLimits.Title);
        errors.Require("shortcut", input.Shortcut?.TrimStart('/'), "Shortcut", ReplyLimits.Shortcut);
        if (input.Shortcut is { } s && s.Trim().TrimStart('/').Any(char.IsWhiteSpace))
        {
            errors.Add("shortcut", "Shortcut must be one word without spaces, e.g. 'delivery'.");
        }
        errors.Require("body", input.Body, "Body", ReplyLimits.Body);
        if (input.Body is { } body && ReplyVariables.Unknown(body) is { Count: > 0 } unknown)
        {
            errors.Add("body", $"Unknown variable {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; use {{name}}, {{greeting}}, {{order}} or {{agent}}.");
        }
        return errors;
    }
}
