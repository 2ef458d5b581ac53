using Exceed.Core;
using Exceed.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Cli;

/// <summary>Builds the same services as the web app from the same settings (Exceed__Database__Provider, ...).</summary>
internal static class CliHost
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new ServiceCollection().AddExceedCore(configuration).BuildServiceProvider();
    }

    public static async Task<ExceedDb> MigratedDbAsync(IServiceScope scope, CancellationToken ct)
    {
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        await DatabaseStartup.MigrateAsync(db, ct);
        return db;
    }
}
