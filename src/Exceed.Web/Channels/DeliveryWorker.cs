using Exceed.Core.Channels;
using Exceed.Core.Conversations;
using Exceed.Core.Events;

namespace Exceed.Web.Channels;

/// <summary>Sends agent replies out through their channels: at once when a reply is written, and every few seconds for retries.</summary>
internal sealed class DeliveryWorker(IServiceScopeFactory scopes, IEventBus bus, ILogger<DeliveryWorker> log) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.Subscribe<ConversationChanged>(e =>
        {
            if (e.Kind == ChangeKind.AgentReplied && wake.CurrentCount == 0)
            {
                wake.Release();
            }
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first: the first page after start is not kept waiting by a round; a new reply wakes this at once.
            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                using var scope = scopes.CreateScope();
                var round = scope.ServiceProvider.GetRequiredService<DeliveryRound>();
                while (await round.RunOnceAsync(ct: stoppingToken) > 0)
                {
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(error, "Sending replies failed; trying again shortly");
            }
        }
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
