using Microsoft.AspNetCore.Hosting;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>
/// The app on PostgreSQL with two group-commit lanes (Exceed:Database:IntakeLanes), so batches for one customer can be
/// stored at the same moment, as they can on two nodes sharing a database.
/// </summary>
public sealed class PostgresExceedTwoLanes : PostgresExceed
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Exceed:Database:IntakeLanes", "2");
    }
}
