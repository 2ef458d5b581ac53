using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Exceed.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the model for PostgreSQL without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ExceedDb>
{
    public ExceedDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ExceedDb>();
        // Migrations and `dbcontext optimize` must see the model the code builds, never the compiled copy of it.
        new DatabaseSettings { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Database=exceed_design", UseCompiledModel = false }.Configure(options);
        return new ExceedDb(options.Options);
    }
}
