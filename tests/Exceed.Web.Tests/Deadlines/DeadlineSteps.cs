using Exceed.Core.Deadlines;
using Exceed.Web.Tests.Conversations;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Deadlines;

/// <summary>The steps the deadline scenarios share: the shop's clock, leads, a sweep, a staff member's notifications.</summary>
public abstract class DeadlineSteps<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    /// <summary>A time on the test's Monday (or a later day) in Shanghai, where the shop opens 09:00-21:00.</summary>
    protected static DateTimeOffset Shanghai(int hour, int minute, int days = 0) =>
        ExceedFactory.Monday0930Shanghai.AddDays(days).AddHours(hour - 9).AddMinutes(minute - 30);

    /// <summary>The shop's clock moves a millisecond per reading, so a due time is checked to the second.</summary>
    protected static void AssertAbout(DateTimeOffset expected, DateTimeOffset actual) => Assert.InRange(actual, expected, expected.AddSeconds(1));

    protected async Task<(string Id, HttpClient Client)> AddLeadAsync(string email, string name, string? team)
    {
        var created = await Api.PostAsJsonAsync("/api/v1/staff", new { email, displayName = name, role = "lead", password = "lead-pass-123", team }, Ct).OkAsync();
        var (client, _) = await App.AsStaffAsync(email, "lead-pass-123");
        return (created.Text("id"), client);
    }

    protected async Task<int> SweepAsync(ExceedFactory node, int batch = 100)
    {
        var handled = 0;
        int round;
        do
        {
            using var scope = node.Services.CreateScope();
            round = await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunOnceAsync(batch, Ct);
            handled += round;
        }
        while (round > 0);
        return handled;
    }

    protected static async Task<List<JsonElement>> NotificationsAsync(HttpClient staff, string query = "") =>
        [.. (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/notifications?{query}", Ct)).EnumerateArray()];
}
