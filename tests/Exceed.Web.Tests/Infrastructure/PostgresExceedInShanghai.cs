using Npgsql;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>The app on PostgreSQL with its sessions in Shanghai time, so SQL that formats a time on the server shows it with +08:00.</summary>
public sealed class PostgresExceedInShanghai : PostgresExceed
{
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(base.ConnectionString) { Timezone = "Asia/Shanghai" }.ConnectionString;
}
