using Exceed.Core.Email;
using Exceed.Core.Tests.Email;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Mailboxes;

/// <summary>The mailbox calls the email scenarios repeat: connect a real test mailbox, read it, wait for mail to arrive.</summary>
internal static class MailboxApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Delivery through postfix takes milliseconds; this only bounds how long a broken setup hangs before the test fails.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static object Body(MailboxSettings shop) => new
    {
        address = shop.Address,
        displayName = shop.DisplayName,
        folder = shop.Folder,
        imap = Server(shop.Imap),
        smtp = Server(shop.Smtp),
    };

    public static object Server(MailServer s) => new { host = s.Host, port = s.Port, security = "none", userName = s.UserName, password = s.Password };

    public static async Task<Guid> ConnectAsync(this HttpClient api, MailboxSettings shop)
    {
        var response = await api.PostAsJsonAsync("/api/v1/mailboxes", Body(shop), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Reads every connected mailbox, as the poller's timer would, until <paramref name="done"/> holds.</summary>
    public static async Task ReadMailUntilAsync(this ExceedFactory app, Func<Task<bool>> done)
    {
        var poller = app.Services.GetRequiredService<MailboxPoller>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await poller.PollOnceAsync(Ct);
            if (await done())
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        while (waited.Elapsed < GiveUpAfter);
    }

    public static Task ReadMailOnceAsync(this ExceedFactory app) => app.Services.GetRequiredService<MailboxPoller>().PollOnceAsync(Ct);

    /// <summary>Waits until the customer's mailbox has received our reply, and returns it as their mail program sees it.</summary>
    public static async Task<InboundEmail> ReplyInAsync(MailboxSettings customer)
    {
        var batch = await TestMailServers.WaitForMailAsync(customer);
        return Assert.Single(batch.Emails);
    }
}
