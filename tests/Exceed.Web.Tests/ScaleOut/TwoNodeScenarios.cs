using Exceed.Core.Calls;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Events;
using Exceed.Web.Infrastructure;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Exceed.Web.Tests.ScaleOut;

/// <summary>Two nodes behind one balancer: what happens on one is seen by agents on the other, and sign-in holds on both.</summary>
public sealed class TwoNodeScenarios(TwoNodes nodes) : IClassFixture<TwoNodes>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly HttpClient apiOnA = nodes.A.CreateApiClient();

    public async ValueTask InitializeAsync() => await nodes.A.ResetAsync();

    public ValueTask DisposeAsync()
    {
        apiOnA.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Guid> RingNodeAAsync(string caller, string callId)
    {
        var response = await apiOnA.PostAsJsonAsync("/api/v1/calls/incoming", new { caller, called = "021 6888 8888", callId }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).GetProperty("callId").GetGuid();
    }

    [Fact]
    public async Task Call_rung_on_node_A_is_heard_once_on_each_node()
    {
        using var onA = new Heard<IncomingCall>(nodes.A.Services);
        using var onB = new Heard<IncomingCall>(nodes.B.Services);

        var callId = await RingNodeAAsync("139 0000 0000", "pbx-two-nodes-1");

        await onB.WaitForAsync(c => c.CallId == callId);
        await EverythingSentSoFarIsHeardAsync();
        Assert.Equal(1, onA.Count(c => c.CallId == callId));
        Assert.Equal(1, onB.Count(c => c.CallId == callId));
    }

    [Fact]
    public async Task Conversation_started_on_node_A_is_heard_once_on_each_node()
    {
        using var onA = new Heard<ConversationChanged>(nodes.A.Services);
        using var onB = new Heard<ConversationChanged>(nodes.B.Services);

        await RingNodeAAsync("139 0000 0001", "pbx-two-nodes-2");

        var started = await onB.WaitForAsync(c => c.Kind == ChangeKind.Created);
        await EverythingSentSoFarIsHeardAsync();
        Assert.Equal(1, onA.Count(c => c == started));
        Assert.Equal(1, onB.Count(c => c == started));
    }

    [Fact]
    public async Task Agent_on_node_B_gets_the_caller_card_when_the_call_comes_in_on_node_A()
    {
        var customerId = await apiOnA.CreateCustomerAsync(CustomerBuilder.WangJianguo());
        using var onB = new Heard<IncomingCall>(nodes.B.Services);

        var callId = await RingNodeAAsync("+86 138 0013 8000", "pbx-two-nodes-3");

        var call = await onB.WaitForAsync(c => c.CallId == callId);
        Assert.Equal(customerId, call.Card?.Id);
        Assert.Equal("王先生,早上好", call.Card?.Greeting);
    }

    [Fact]
    public async Task Note_written_on_node_A_shows_on_the_card_node_B_had_already_shown()
    {
        var customerId = await apiOnA.CreateCustomerAsync(CustomerBuilder.Named("林小姐").Phone("139 0000 0077"));
        using var apiOnB = nodes.B.CreateApiClient();
        await apiOnB.CardAsync("phone", "139 0000 0077");
        using var onB = new Heard<CustomerDataChanged>(nodes.B.Services);

        (await apiOnA.PostAsJsonAsync($"/api/v1/customers/{customerId}/notes", new { text = "对花生过敏" }, Ct)).EnsureSuccessStatusCode();

        await onB.WaitForAsync(c => c.CustomerIds.Contains(customerId));
        var card = await apiOnB.CardAsync("phone", "139 0000 0077");
        Assert.Equal("对花生过敏", card.GetProperty("recentNotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Staff_signed_in_on_node_A_is_still_signed_in_on_node_B()
    {
        var (browser, signedIn) = await nodes.A.AsStaffAsync(ExceedFactory.AdminEmail, ExceedFactory.AdminPassword);
        browser.Dispose();
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var onB = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = nodes.B.Address };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/customers");
        request.Headers.Add("Cookie", cookie);
        var response = await onB.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_keys_in_use_are_kept_in_Redis_for_every_node()
    {
        (await nodes.A.AsStaffAsync(ExceedFactory.AdminEmail, ExceedFactory.AdminPassword)).Client.Dispose();
        var inUse = nodes.A.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).ToList();

        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.Address);
        var stored = (await redis.GetDatabase().ListRangeAsync(RedisKeyRing.Key)).Select(k => k.ToString()).ToList();

        Assert.NotEmpty(inUse);
        Assert.All(inUse, id => Assert.Contains(stored, k => k.Contains($"id=\"{id}\"", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Redis keeps the order of one channel: B answers a marker once it has heard A's earlier messages, and A answers
    /// one once it has heard B's, so after both round trips nothing sent before is still on its way to either node.
    /// </summary>
    private async Task EverythingSentSoFarIsHeardAsync()
    {
        using var onA = new Heard<ConversationChanged>(nodes.A.Services);
        using var onB = new Heard<ConversationChanged>(nodes.B.Services);
        var fromB = Marker();
        await nodes.B.Services.GetRequiredService<IEventBus>().PublishAsync(fromB, Ct);
        await onA.WaitForAsync(c => c == fromB);
        var fromA = Marker();
        await nodes.A.Services.GetRequiredService<IEventBus>().PublishAsync(fromA, Ct);
        await onB.WaitForAsync(c => c == fromA);
    }

    private static ConversationChanged Marker() => new(Guid.NewGuid(), null, ChangeKind.Updated);
}
