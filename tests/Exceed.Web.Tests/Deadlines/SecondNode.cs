using Exceed.Core.Data;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Deadlines;

/// <summary>A second app instance on the first one's database, as a second node behind a load balancer would be.</summary>
public sealed class SecondNode(ExceedFactory first) : ExceedFactory
{
    private readonly DatabaseSettings database = first.Services.GetRequiredService<DatabaseSettings>();

    protected override string Provider => database.Provider;
    protected override string ConnectionString => database.EffectiveConnectionString;
    protected override Task CreateDatabaseAsync() => Task.CompletedTask;
    protected override Task DropDatabaseAsync() => Task.CompletedTask;
    protected override Task DeleteRowsAsync() => Task.CompletedTask;
}
