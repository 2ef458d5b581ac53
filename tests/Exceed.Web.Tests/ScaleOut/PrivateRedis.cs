using System.Diagnostics;
using System.Net.Sockets;

namespace Exceed.Web.Tests.ScaleOut;

/// <summary>A redis-server of one scenario's own, on a free loopback port, that the scenario may stop and start again.</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("exceed-redis-").FullName;

    public int Port { get; } = FreePort();

    /// <summary>Short connect timeout: the node under test starts while this server may be down.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=1000";

    public async Task StartAsync() => await RunAsync("redis-server",
        $"--port {Port} --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir {folder} --pidfile {folder}/redis.pid --logfile {folder}/redis.log");

    public async Task StopAsync() => await RunAsync("redis-cli", $"-p {Port} shutdown nosave", mayFail: true);

    /// <summary>Waits until the server answers, as the daemonised start returns before it listens.</summary>
    public async Task WaitUntilUpAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on {Port}; see {folder}/redis.log");
    }

    private static async Task RunAsync(string program, string arguments, bool mayFail = false)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start; is redis-server installed (scripts/services.sh)?");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !mayFail)
        {
            throw new InvalidOperationException($"{program} {arguments} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}
