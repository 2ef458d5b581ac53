using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Exceed.Core.Email;

/// <summary>How often connected mailboxes are read.</summary>
public sealed class MailPollingSettings
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after start the first pass waits: it is the first use of EF Core on a start that found the database ready,
    /// and run at once it took the CPU the first page needs (docs/benchmarks.md, cold start).
    /// </summary>
    public TimeSpan FirstPassDelay { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Reads every connected mailbox in turn and hands new mail to <see cref="IInboundMailSink"/>. Register it with
/// <c>services.AddHostedService&lt;MailboxPoller&gt;()</c> once a sink is registered (scoped, it may use the DbContext).
/// On several nodes each node polls; the sink's dedupe by Message-ID keeps one copy.
/// </summary>
public sealed class MailboxPoller(
    IServiceScopeFactory scopes, MailboxReader reader, MailPollingSettings settings, TimeProvider clock, ILogger<MailboxPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(settings.FirstPassDelay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.Interval, clock);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An unhandled exception would stop the whole host; the next pass tries again.
                logger.LogError(e, "A mail polling pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every mailbox; returns how many mails were accepted.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sink = scope.ServiceProvider.GetRequiredService<IInboundMailSink>();
        var accepted = 0;
        foreach (var mailbox in await sink.MailboxesAsync(cancellationToken))
        {
            accepted += await PollAsync(sink, mailbox, cancellationToken);
        }
        return accepted;
    }

    private async Task<int> PollAsync(IInboundMailSink sink, ConnectedMailbox mailbox, CancellationToken cancellationToken)
    {
        var accepted = 0;
        var position = mailbox.Position;
        try
        {
            MailboxBatch batch;
            do
            {
                batch = await reader.ReadNewAsync(mailbox.Settings, position, cancellationToken);
                foreach (var email in batch.Emails)
                {
                    await sink.AcceptAsync(mailbox, email, cancellationToken);
                    position = new MailboxPosition(batch.Position.UidValidity, email.Uid ?? batch.Position.LastUid);
                    accepted++;
                }
                position = batch.Position;
                await sink.SavePositionAsync(mailbox, position, cancellationToken);
            }
            while (batch.MoreWaiting);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Keep what was accepted, so the next pass starts after it.
            if (position is not null && position != mailbox.Position)
            {
                await sink.SavePositionAsync(mailbox, position, cancellationToken);
            }
            logger.LogWarning("Reading mailbox {Mailbox} failed: {Error}", mailbox.Settings.Address, e.Message);
            await sink.ReportFailureAsync(mailbox, $"{e.GetType().Name}: {e.Message}", cancellationToken);
        }
        return accepted;
    }
}
