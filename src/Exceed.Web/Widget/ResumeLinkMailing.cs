using Exceed.Core.Events;
using Exceed.Core.Widget;

namespace Exceed.Web.Widget;

/// <summary>
/// Sends the resume link once a visitor leaves their email, after the visitor's request has been answered: the visitor
/// does not wait for the shop's SMTP server. Only the node that took the request hears the event, so it goes once.
/// </summary>
internal sealed class ResumeLinkMailing(IEventBus bus, IServiceScopeFactory scopes, ILogger<ResumeLinkMailing> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> sending = [];
    private IDisposable? listening;
    private bool disposed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        listening = bus.Subscribe<VisitorLeftEmail>(left =>
        {
            lock (sending)
            {
                sending.RemoveAll(t => t.IsCompleted);
                sending.Add(Task.Run(() => SendAsync(left), CancellationToken.None));
            }
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    private async Task SendAsync(VisitorLeftEmail left)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ResumeLinkMail>().SendAsync(left, stopping.Token);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogError(error, "Could not mail the chat link for conversation {Conversation}", left.ConversationId);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        listening?.Dispose();
        // A stop can follow Dispose when a host is torn down twice (seen when the test server is disposed): nothing is left to stop.
        if (disposed)
        {
            return;
        }
        await stopping.CancelAsync();
        Task[] pending;
        lock (sending)
        {
            pending = [.. sending];
        }
        await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        disposed = true;
        listening?.Dispose();
        stopping.Dispose();
    }
}
