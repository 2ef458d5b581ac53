using Exceed.Core.Email;
using Exceed.Core.Mailboxes;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Mailboxes;

/// <summary>/api/v1/mailboxes: the shop mailboxes customers write to, read over IMAP and answered over SMTP.</summary>
internal static class MailboxesApi
{
    public static void MapMailboxesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mailboxes").WithTags("Mailboxes").RequireAuthorization(WebSetup.AdminPolicy);

        group.MapGet("/", async (MailboxAdmin mailboxes, CancellationToken ct) => TypedResults.Ok(await mailboxes.ListAsync(ct)))
            .WithSummary("The connected mailboxes with where reading stands and the last error; passwords are never returned.");

        group.MapPost("/", async (MailboxInput input, MailboxAdmin mailboxes, HttpContext http, CancellationToken ct) =>
                (await mailboxes.ConnectAsync(input, http.User.Actor(), ct)).ToResult(m => TypedResults.Created($"/api/v1/mailboxes/{m.Id}", m)))
            .WithSummary("Connect a mailbox: both servers are logged in to first, and a failure names the field to fix. New mail is read from then on.");

        group.MapDelete("/{id:guid}", async (Guid id, MailboxAdmin mailboxes, HttpContext http, CancellationToken ct) =>
                (await mailboxes.DisconnectAsync(id, http.User.Actor(), ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("Stop reading and sending through the mailbox; its conversations stay.");
    }

    /// <summary>
    /// Reads every connected mailbox every Exceed:Mailboxes:PollSeconds (default 30), the first time Exceed:Mailboxes:FirstPollSeconds
    /// (default 3) after start; the web app only, not the CLI.
    /// </summary>
    public static void AddMailboxPolling(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Exceed:Mailboxes:PollSeconds", 30);
        if (seconds < 1)
        {
            throw new InvalidOperationException($"Exceed:Mailboxes:PollSeconds is {seconds}; set it to 1 or more seconds between reads of each mailbox.");
        }
        var first = configuration.GetValue("Exceed:Mailboxes:FirstPollSeconds", 3);
        if (first < 0)
        {
            throw new InvalidOperationException($"Exceed:Mailboxes:FirstPollSeconds is {first}; set it to 0 or more seconds between start and the first read.");
        }
        services.AddSingleton(new MailPollingSettings { Interval = TimeSpan.FromSeconds(seconds), FirstPassDelay = TimeSpan.FromSeconds(first) });
        services.AddSingleton(new MailboxReader());
        services.AddSingleton<MailboxPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<MailboxPoller>());
    }
}
