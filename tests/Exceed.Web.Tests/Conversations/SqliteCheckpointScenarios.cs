using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Conversations;

/// <summary>
/// While the app runs, its own checkpointer copies SQLite's write-ahead log into the database file, so the message loop
/// never stops to do it and the log does not wait for SQLite's 1,000-page mark.
/// </summary>
public sealed class SqliteCheckpointsOnSqlite(SqliteExceed app) : Scenario<SqliteExceed>(app)
{
    [Fact]
    public async Task Stored_messages_reach_the_database_file_within_seconds_and_connections_leave_checkpoints_to_the_app()
    {
        string file;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
            await db.Database.OpenConnectionAsync(Ct);
            await using var pragma = db.Database.GetDbConnection().CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint;";
            Assert.Equal(0L, await pragma.ExecuteScalarAsync(Ct));
            file = db.Database.GetDbConnection().DataSource;
            await db.Database.CloseConnectionAsync();
        }
        await Task.Delay(SqliteCheckpointer.Interval * 2, Ct);
        var before = new FileInfo(file).Length;
        var channel = await Api.CreateChannelAsync();

        // About 1.2 MB of messages: well under the 4 MB at which SQLite would copy the log on its own.
        var text = string.Concat(Enumerable.Repeat("我的订单还没有发货,能帮我查一下吗? ", 60));
        for (var batch = 0; batch < 10; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Api.ReceivedAsync(channel, $"wx_{batch}_{i}", text, $"m-{batch}-{i}")));
        }

        var grown = false;
        for (var wait = 0; wait < 50 && !grown; wait++)
        {
            await Task.Delay(200, Ct);
            grown = new FileInfo(file).Length > before + 500_000;
        }
        Assert.True(grown, $"The database file stayed at {new FileInfo(file).Length:N0} bytes (was {before:N0}): nothing checkpointed the log.");
    }
}
