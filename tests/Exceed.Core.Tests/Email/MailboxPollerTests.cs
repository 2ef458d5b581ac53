using Exceed.Core.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Exceed.Core.Tests.Email;

/// <summary>The poller against the real IMAP server, handing mail to a sink that records what the conversations feature would store.</summary>
public sealed class MailboxPollerTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service");
    private readonly RecordingSink sink = new();

    [Fact]
    public async Task New_mail_is_handed_over_once_and_the_position_saved_after_it()
    {
        var mail = new CustomerMail(shop);
        await mail.SendAsync();
        await TestMailServers.WaitForMailAsync(shop);
        sink.Connect(new ConnectedMailbox("shop", shop, null));
        var poller = Poller();

        var firstPass = await poller.PollOnceAsync(TestContext.Current.CancellationToken);
        var secondPass = await poller.PollOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, firstPass);
        Assert.Equal(0, secondPass);
        Assert.Equal([mail.MessageId], sink.Accepted.Select(e => e.MessageId));
        Assert.NotNull(sink.Positions["shop"]);
        Assert.Empty(sink.Failures);
    }

    [Fact]
    public async Task A_mailbox_with_a_wrong_password_is_reported_without_the_password_and_others_are_still_read()
    {
        var wrong = TestMailServers.NewMailbox("other");
        wrong.Imap.Password = "s3cret-wrong-pw";
        await new CustomerMail(shop).SendAsync();
        await TestMailServers.WaitForMailAsync(shop);
        sink.Connect(new ConnectedMailbox("broken", wrong, null));
        sink.Connect(new ConnectedMailbox("shop", shop, null));

        var accepted = await Poller().PollOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, accepted);
        var failure = Assert.Single(sink.Failures);
        Assert.Equal("broken", failure.Key);
        Assert.DoesNotContain("s3cret-wrong-pw", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sink_failure_keeps_the_mail_for_the_next_pass()
    {
        await new CustomerMail(shop).SendAsync();
        await TestMailServers.WaitForMailAsync(shop);
        sink.Connect(new ConnectedMailbox("shop", shop, null));
        sink.FailNext = true;
        var poller = Poller();

        var failedPass = await poller.PollOnceAsync(TestContext.Current.CancellationToken);
        var retry = await poller.PollOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, failedPass);
        Assert.Equal(1, retry);
        Assert.Single(sink.Accepted);
    }

    private MailboxPoller Poller()
    {
        var services = new ServiceCollection().AddSingleton<IInboundMailSink>(sink).BuildServiceProvider();
        return new MailboxPoller(services.GetRequiredService<IServiceScopeFactory>(), new MailboxReader(), new MailPollingSettings(),
            TimeProvider.System, NullLogger<MailboxPoller>.Instance);
    }

    /// <summary>Stands in for the conversations feature's storage, which is built separately.</summary>
    private sealed class RecordingSink : IInboundMailSink
    {
        private readonly List<ConnectedMailbox> mailboxes = [];
        public List<InboundEmail> Accepted { get; } = [];
        public Dictionary<string, MailboxPosition?> Positions { get; } = [];
        public List<(string Key, string Message)> Failures { get; } = [];
        public bool FailNext { get; set; }

        public void Connect(ConnectedMailbox mailbox) => mailboxes.Add(mailbox);

        public Task<IReadOnlyList<ConnectedMailbox>> MailboxesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ConnectedMailbox>>([.. mailboxes.Select(m => m with { Position = Positions.GetValueOrDefault(m.Key) })]);

        public Task AcceptAsync(ConnectedMailbox mailbox, InboundEmail email, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the database is away");
            }
            Accepted.Add(email);
            return Task.CompletedTask;
        }

        public Task SavePositionAsync(ConnectedMailbox mailbox, MailboxPosition position, CancellationToken cancellationToken)
        {
            Positions[mailbox.Key] = position;
            return Task.CompletedTask;
        }

        public Task ReportFailureAsync(ConnectedMailbox mailbox, string message, CancellationToken cancellationToken)
        {
            Failures.Add((mailbox.Key, message));
            return Task.CompletedTask;
        }
    }
}
