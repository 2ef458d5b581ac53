using System.CommandLine;
using System.Diagnostics;
using Exceed.Core;
using Exceed.Core.Channels;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>
/// The store path of channel messages without HTTP: N concurrent senders hand messages to the app's own IntakeQueue
/// (group commit) on the configured database. Prints messages/s and the process CPU per message, which isolates what
/// storing costs from what Kestrel, JSON and the load tool cost (compare with `bench ingest`).
/// </summary>
internal static class IntakeCommand
{
    private static readonly string[] Texts =
    [
        "你好,我的订单还没发货,能帮我查一下吗?", "訂單 8812 什麼時候到?", "Hi, my parcel has not moved for three days.",
        "房间可以换成无烟房吗", "Can I change the size of the cashmere scarf I bought?", "储值卡余额怎么查", "谢谢,收到了!",
    ];

    public static Command Create()
    {
        var concurrency = new Option<int>("--concurrency") { DefaultValueFactory = _ => 32 };
        var messages = new Option<int>("--messages") { Description = "Messages to store after the warm-up.", DefaultValueFactory = _ => 20_000 };
        var senders = new Option<int>("--senders") { Description = "Distinct customers writing.", DefaultValueFactory = _ => 2000 };
        var command = new Command("intake", "Store channel messages through the intake queue in-process; messages/s and CPU per message.")
            { concurrency, messages, senders };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddExceedCore(new ConfigurationBuilder().AddEnvironmentVariables().Build())
                .BuildServiceProvider();
            Guid channelId;
            using (var scope = services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
                await DatabaseStartup.MigrateAsync(db, ct);
                var created = await scope.ServiceProvider.GetRequiredService<ApiChannelService>()
                    .CreateAsync(new ApiChannelInput("bench", IdentityKind.WeChat, null), "bench", ct);
                channelId = created.Value!.Id;
            }
            // As in the app: background services (the SQLite checkpointer) run beside the intake loop.
            var background = services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ToList();
            foreach (var service in background)
            {
                await service.StartAsync(ct);
            }
            var queue = services.GetRequiredService<IntakeQueue>();
            var loops = parse.GetValue(concurrency);
            var total = parse.GetValue(messages);
            var distinct = parse.GetValue(senders);
            await RunAsync(queue, channelId, loops, Math.Min(2_000, total), distinct, "warm-up", ct);
            await RunAsync(queue, channelId, loops, total, distinct, "measured", ct);
            foreach (var service in background)
            {
                await service.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(IntakeQueue queue, Guid channelId, int loops, int total, int senders, string label, CancellationToken ct)
    {
        long next = -1, failed = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, loops).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker * 7919 + total);
            while (Interlocked.Increment(ref next) < total)
            {
                var result = await queue.ReceiveAsync(new InboundMessage
                {
                    Channel = ChannelKind.Api,
                    ChannelId = channelId,
                    FromKind = IdentityKind.WeChat,
                    FromValue = $"wx_bench_{random.Next(senders)}",
                    Text = Texts[random.Next(Texts.Length)],
                    DedupeKey = $"api:{channelId:N}:{Guid.NewGuid():N}",
                }, ct);
                if (!result.Succeeded)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }, ct)));
        var seconds = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / total;
        Console.WriteLine($"{label}: {total:N0} messages in {seconds:F2} s = {total / seconds:N0} /s; process CPU {used * 1000 / total:F0} µs per message; "
            + $"allocated {bytes / 1024.0:F1} KB per message; gen0 collections {GC.CollectionCount(0) - collections}; failed {failed}");
    }
}
