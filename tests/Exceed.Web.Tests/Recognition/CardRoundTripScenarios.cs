using Exceed.Core.Customers;
using Exceed.Core.Recognition;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Recognition;

/// <summary>On PostgreSQL every command is a round trip to the server: a card not kept in memory is read in one.</summary>
public sealed class CardRoundTripsOnPostgres(PostgresExceed app) : Scenario<PostgresExceed>(app)
{
    [Fact]
    public async Task Caller_on_a_merged_away_identity_is_recognised_in_one_round_trip()
    {
        var rich = await RichCustomer.SeedAsync(App.Services);
        await using var scope = App.Services.CreateAsyncScope();
        var recognition = scope.ServiceProvider.GetRequiredService<RecognitionService>();

        using var watch = new NpgsqlCommandWatch();
        var result = await recognition.IdentifyAsync(IdentityKind.WeChat, RichCustomer.LeftBehindWeChat, null, Ct);

        Assert.Equal(rich.Id, result.Source?.Customer.Id);
        Assert.True(watch.Commands.Count == 1, $"{watch.Commands.Count} commands:\n{string.Join("\n---\n", watch.Commands)}");
    }

    [Fact]
    public async Task Card_opened_by_id_is_read_in_one_round_trip()
    {
        var rich = await RichCustomer.SeedAsync(App.Services);
        await using var scope = App.Services.CreateAsyncScope();
        var recognition = scope.ServiceProvider.GetRequiredService<RecognitionService>();

        using var watch = new NpgsqlCommandWatch();
        var card = await recognition.CardAsync(rich.Id, null, Ct);

        Assert.Equal(rich.Id, card?.Id);
        Assert.True(watch.Commands.Count == 1, $"{watch.Commands.Count} commands:\n{string.Join("\n---\n", watch.Commands)}");
    }
}
