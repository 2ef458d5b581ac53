using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Replies;

/// <summary>What an agent or lead sends to add a greeting or farewell; empty conditions mean "any".</summary>
public sealed record MomentTemplateInput(Moment? Moment, string? Language, string? Body, ChannelKind? Channel = null,
    Recognition.Greeting.DayPart? DayPart = null, bool Personal = true);

/// <summary>The words offered for a moment of one conversation, filled and ready to insert; Shipped when no one wrote their own.</summary>
public sealed record MomentOffer(Moment Moment, string Language, string Text, Guid? TemplateId, bool Shipped);

/// <summary>Personal and team greetings and farewells, and the choice of the right one for a conversation.</summary>
public sealed class MomentTemplateService(ExceedDb db, ReplyContexts contexts, TimeProvider clock)
{
    /// <summary>The team's templates and the agent's own (not other agents' personal ones).</summary>
    public Task<List<MomentTemplate>> ListAsync(Agent agent, CancellationToken ct = default) =>
        db.Set<MomentTemplate>().AsNoTracking().Where(t => t.AgentId == null || t.AgentId == agent.Id)
            .OrderBy(t => t.Moment).ThenBy(t => t.Language).ThenBy(t => t.AgentId).ToListAsync(ct);

    /// <summary>Adds a template; a personal one belongs to the agent, a team one needs a lead.</summary>
    public async Task<Outcome<MomentTemplate>> AddAsync(MomentTemplateInput input, Agent agent, bool isLead, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (input.Moment is null)
        {
            errors.Add("moment", "Moment must be Greeting or Farewell.");
        }
        if (Languages.Match(input.Language) is null)
        {
            errors.Add("language", "Language must be zh-Hans, zh-Hant or en.");
        }
        errors.Require("body", input.Body, "Body", ReplyLimits.Body);
        if (input.Body is { } body && ReplyVariables.Unknown(body) is { Count: > 0 } unknown)
        {
            errors.Add("body", $"Unknown variable {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; use {{name}}, {{greeting}}, {{order}} or {{agent}}.");
        }
        if (!input.Personal && !isLead)
        {
            errors.Add("personal", "Only a lead can add a template for the whole team; set personal to true to add your own.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var template = new MomentTemplate
        {
            Moment = input.Moment!.Value, Language = Languages.Match(input.Language)!, Body = input.Body!.Trim(),
            Channel = input.Channel, DayPart = input.DayPart, AgentId = input.Personal ? agent.Id : null,
            UpdatedAt = clock.GetUtcNow(), UpdatedBy = agent.Name,
        };
        db.Add(template);
        await db.SaveChangesAsync(ct);
        return template;
    }

    /// <summary>Deletes an agent's own template, or (for a lead) a team one.</summary>
    public async Task<Outcome<bool>> DeleteAsync(Guid id, Agent agent, bool isLead, CancellationToken ct = default)
    {
        var template = await db.Set<MomentTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && (t.AgentId == null || t.AgentId == agent.Id), ct);
        if (template is null)
        {
            return Problem.NotFound($"There is no template {id} of yours or your team's.");
        }
        if (template.AgentId is null && !isLead)
        {
            return new Problem(403, "Forbidden", "Only a lead can delete a team template; ask your lead.");
        }
        await db.Set<MomentTemplate>().Where(t => t.Id == id).ExecuteDeleteAsync(ct);
        return true;
    }

    /// <summary>The greeting or farewell to offer in this conversation: the agent's own first, then the team's, then ours.</summary>
    public async Task<MomentOffer> OfferAsync(Moment moment, Guid? conversationId, string? language, Agent agent, CancellationToken ct = default)
    {
        var context = await contexts.ForAsync(conversationId, language, agent, ct);
        var written = await db.Set<MomentTemplate>().AsNoTracking()
            .Where(t => t.Moment == moment && t.Language == context.Language && (t.AgentId == null || t.AgentId == agent.Id)).ToListAsync(ct);
        var chosen = MomentChoice.Choose(written, moment, context.Language, agent.Id, context.Channel, context.LocalHour);
        var template = chosen ?? MomentChoice.Choose(DefaultMoments.All, moment, context.Language, agent.Id, context.Channel, context.LocalHour)!;
        return new MomentOffer(moment, context.Language, ReplyVariables.Fill(template.Body, context), chosen?.Id, chosen is null);
    }
}
