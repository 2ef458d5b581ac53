using Exceed.Web.Tests.Infrastructure;

namespace Exceed.Web.Tests.Calls;

/// <summary>The phone system's webhook: every ring is recorded and answered with the caller's card.</summary>
public abstract class IncomingCallScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private Task<HttpResponseMessage> RingAsync(string caller, string callId) =>
        Api.PostAsJsonAsync("/api/v1/calls/incoming", new { caller, called = "021 6888 8888", callId }, Ct);

    [Fact]
    public async Task Known_caller_is_recorded_and_answered_with_the_card()
    {
        var id = await CreateAsync(CustomerBuilder.WangJianguo());

        var response = await RingAsync("+86 138 0013 8000", "pbx-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await response.JsonAsync();
        Assert.Equal(id, call.GetProperty("card").GetProperty("id").GetGuid());
        Assert.Equal("王先生,早上好", call.GetProperty("card").GetProperty("greeting").GetString());
        var calls = (await Api.ExportAsync(id)).GetProperty("calls");
        Assert.Equal("pbx-1", calls[0].GetProperty("externalCallId").GetString());
    }

    [Fact]
    public async Task Recorded_call_shows_among_the_card_last_contacts()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        (await RingAsync("13800138000", "pbx-2")).EnsureSuccessStatusCode();

        var card = await Api.CardAsync("phone", "13800138000");

        Assert.Equal("call", card.GetProperty("lastContacts")[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Unknown_caller_is_recorded_without_a_card()
    {
        var response = await RingAsync("139 0000 0000", "pbx-3");

        var call = await response.JsonAsync();
        Assert.Equal(JsonValueKind.Null, call.GetProperty("card").ValueKind);
        Assert.Equal("+8613900000000", call.GetProperty("caller").GetString());
    }

    [Fact]
    public async Task Same_call_reported_twice_is_a_conflict()
    {
        await CreateAsync(CustomerBuilder.WangJianguo());
        (await RingAsync("13800138000", "pbx-4")).EnsureSuccessStatusCode();

        var again = await RingAsync("13800138000", "pbx-4");

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Withheld_number_is_still_recorded_without_a_card()
    {
        var response = await RingAsync("anonymous", "pbx-anon");

        response.EnsureSuccessStatusCode();
        var call = await response.JsonAsync();
        Assert.Equal("anonymous", call.GetProperty("caller").GetString());
        Assert.Equal(JsonValueKind.Null, call.GetProperty("card").ValueKind);
    }

    [Fact]
    public async Task Call_without_a_caller_number_is_refused_naming_the_field()
    {
        var response = await RingAsync("", "pbx-5");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("caller", out _), problem.ToString());
    }
}

public sealed class IncomingCallsOnSqlite(SqliteExceed app) : IncomingCallScenarios<SqliteExceed>(app);
public sealed class IncomingCallsOnPostgres(PostgresExceed app) : IncomingCallScenarios<PostgresExceed>(app);
