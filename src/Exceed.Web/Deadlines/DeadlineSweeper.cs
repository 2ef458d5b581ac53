using Exceed.Core.Deadlines;

namespace Exceed.Web.Deadlines;

/// <summary>The one background service that sweeps deadlines: every few seconds, each due deadline is handled once across all nodes.</summary>
internal sealed class DeadlineSweeper(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DeadlineSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Exceed:Deadlines:SweepSeconds", 15), 1, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Wait first, so the first page after start is not kept waiting by a sweep.
            try
            {
                await Task.Delay(every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                using var scope = scopes.CreateScope();
                var sweep = scope.ServiceProvider.GetRequiredService<DeadlineSweep>();
                while (await sweep.RunOnceAsync(ct: stoppingToken) > 0)
                {
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(error, "Sweeping deadlines failed; trying again shortly");
            }
        }
    }
}
