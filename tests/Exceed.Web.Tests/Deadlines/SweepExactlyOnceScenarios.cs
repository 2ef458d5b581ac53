using Exceed.Core.Data;
using Exceed.Core.Deadlines;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Deadlines;

/// <summary>Two app instances sweep one database at the same moment: every due deadline is handled, and handled once.</summary>
public abstract class SweepExactlyOnceScenarios<TApp>(TApp app) : DeadlineSteps<TApp>(app) where TApp : ExceedFactory
{
    private const int Conversations = 60;

    [Fact]
    public async Task Two_instances_sweeping_together_notify_each_breach_exactly_once()
    {
        var (leadId, lead) = await AddLeadAsync("laowang@shop.test", "老王", null);
        var channel = await Api.CreateChannelAsync();
        for (var i = 0; i < Conversations; i++)
        {
            await Api.ReceivedAsync(channel, $"wx_customer_{i}", "快递三天没动了", $"m-{i}");
        }
        await using var second = new SecondNode(App);
        await second.InitializeAsync();
        App.Clock.Set(Shanghai(11, 0));
        second.Clock.Set(Shanghai(11, 0));

        var sweeps = await Task.WhenAll(Task.Run(() => SweepAsync(App, batch: 3), Ct), Task.Run(() => SweepAsync(second, batch: 3), Ct));

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var dueDeadlines = Conversations * 2;
        Assert.Equal(dueDeadlines, await db.Deadlines.CountAsync(d => d.State == DeadlineState.Breached, Ct));
        Assert.Equal(dueDeadlines, await db.Notifications.CountAsync(n => n.StaffId == leadId, Ct));
        Assert.Equal(dueDeadlines, (await NotificationsAsync(lead, "limit=200")).Count);
        Assert.True(sweeps.Sum() <= dueDeadlines, $"the two sweeps handled {sweeps[0]} + {sweeps[1]} of {dueDeadlines}");
    }
}

public sealed class SweepExactlyOnceOnSqlite(SqliteExceed app) : SweepExactlyOnceScenarios<SqliteExceed>(app);
public sealed class SweepExactlyOnceOnPostgres(PostgresExceed app) : SweepExactlyOnceScenarios<PostgresExceed>(app);
