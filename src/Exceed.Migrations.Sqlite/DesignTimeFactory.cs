using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Exceed.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for SQLite without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ExceedDb>
{
    public ExceedDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ExceedDb>();
        // Migrations and `dbcontext optimize` must see the model the code builds, never the compiled copy of it.
        new DatabaseSettings { Provider = "sqlite", ConnectionString = "Data Source=design-time.db", UseCompiledModel = false }.Configure(options);
        return new ExceedDb(options.Options);
    }
}
