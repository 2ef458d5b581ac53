using System.CommandLine;
using System.Diagnostics;
using Exceed.Core.Conversations;
using Exceed.Core.Data;
using Exceed.Core.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>`bench quality`: sends N agent replies over a period, then times quality review with and without stored reviews.</summary>
internal static class QualityCommand
{
    private static readonly string[] Replies =
    [
        "您好,我马上帮您查一下订单,5分钟内回复您。", "您欠我们200元,请尽快付款。", "不好意思让您久等了,包裹明天上午送到。",
        "这个是快递的问题,不是我们的问题。", "您確定密碼輸入正確嗎?", "您好,我們馬上為您安排換貨,今天寄出。",
        "Thank you for waiting, your refund is on its way today.", "No, we can't do that.", "Did you plug it in?",
        "不用担心,尺码不合适我们免费换。", "那您退款好了。", "I'm sorry about the delay; I'll call the courier now and update you by 3 pm.",
    ];

    public static Command Create()
    {
        var replies = new Option<int>("--replies") { Description = "Agent replies to send (0: use what is there).", DefaultValueFactory = _ => 50_000 };
        var agents = new Option<int>("--agents") { Description = "Agents the replies are spread over.", DefaultValueFactory = _ => 40 };
        var days = new Option<int>("--days") { Description = "Days back the replies are spread over.", DefaultValueFactory = _ => 90 };
        var command = new Command("quality", "Time quality review over a migrated database: first run (checks every reply), then from stored reviews.") { replies, agents, days };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = BenchServices.Build();
            var settings = services.GetRequiredService<DatabaseSettings>();
            var dayCount = parse.GetValue(days);
            await using (var scope = services.CreateAsyncScope())
            {
                await DatabaseStartup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>(), ct);
            }
            if (parse.GetValue(replies) is > 0 and var count)
            {
                var load = Stopwatch.StartNew();
                await LoadAsync(services, count, parse.GetValue(agents), dayCount, ct);
                Console.WriteLine($"Sent {count:N0} replies in {load.Elapsed.TotalSeconds:F0} s");
            }
            var whole = new QualityQuery { From = TimeProvider.System.GetUtcNow().AddDays(-dayCount).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), By = "week" };
            Console.WriteLine($"Quality review: {settings.Provider}, {Environment.ProcessorCount} cores, {dayCount} days, load {File.ReadAllText("/proc/loadavg").Trim()}");
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ExceedDb>().ReplyReviews.ExecuteDeleteAsync(ct);
            }
            var first = await TimeAsync(services, whole, ct);
            Console.WriteLine($"  first review, every reply checked in C# (streamed in pages of 1,000) and stored: {first.Elapsed.TotalMilliseconds:F0} ms, {first.Report.Overall.Replies:N0} replies, score {first.Report.Overall.Score}");
            Report("  whole team, from stored reviews", await RepeatAsync(services, whole, 7, ct));
            var agent = first.Report.Agents[0].AgentId;
            Report("  one agent, from stored reviews", await RepeatAsync(services, whole with { AgentId = agent }, 7, ct));
            return 0;
        });
        return command;
    }

    private static void Report(string title, List<double> ms)
    {
        ms.Sort();
        Console.WriteLine($"{title}: median {ms[ms.Count / 2]:F0} ms, min {ms[0]:F0} ms, max {ms[^1]:F0} ms (n={ms.Count})");
    }

    private static async Task<List<double>> RepeatAsync(ServiceProvider services, QualityQuery query, int times, CancellationToken ct)
    {
        var all = new List<double>();
        for (var i = 0; i < times; i++)
        {
            all.Add((await TimeAsync(services, query, ct)).Elapsed.TotalMilliseconds);
        }
        return all;
    }

    private static async Task<(TimeSpan Elapsed, QualityReport Report)> TimeAsync(ServiceProvider services, QualityQuery query, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var outcome = await scope.ServiceProvider.GetRequiredService<QualityReview>().RunAsync(query, ct);
        return (watch.Elapsed, outcome.Value ?? throw new InvalidOperationException(outcome.Problem!.Detail));
    }

    /// <summary>Conversations of five replies each, every one answering a customer's message, spread evenly over the days.</summary>
    private static async Task LoadAsync(ServiceProvider services, int count, int agents, int days, CancellationToken ct)
    {
        var now = TimeProvider.System.GetUtcNow();
        var step = TimeSpan.FromDays(days) / count;
        for (var done = 0; done < count;)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 2_000 && done < count; i += 5)
            {
                var at = now - step * (count - done);
                var conversation = new Conversation { Channel = ChannelKind.Chat, Subject = "bench", CreatedAt = at, UpdatedAt = at, LastMessageAt = at };
                db.Add(conversation);
                for (var k = 0; k < 5 && done < count; k++, done++)
                {
                    var agent = done % agents;
                    var asked = at + step * k;
                    db.Add(new ConversationEntry { ConversationId = conversation.Id, Kind = EntryKind.CustomerMessage, At = asked, AuthorName = "客户", Text = "请问我的订单什么时候发货?" });
                    db.Add(new ConversationEntry { ConversationId = conversation.Id, Kind = EntryKind.AgentReply, At = asked.AddTicks(10), AuthorId = $"agent-{agent}",
                        AuthorName = $"客服{agent}", Text = Replies[(done * 7 + agent) % Replies.Length], Delivery = DeliveryState.Sent });
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
