using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

/// <summary>Real TLS to the test servers: IMAPS on connect and SMTP STARTTLS, with the shop's self-signed certificate pinned.</summary>
public sealed class MailTlsTests
{
    private readonly MailboxSettings shop = TestMailServers.NewMailbox("service");
    private readonly MailboxSettings customer = TestMailServers.NewMailbox("chen.li", domain: "customer.test");

    [Fact]
    public async Task A_mailbox_on_tls_with_a_pinned_certificate_reads_and_sends()
    {
        var tls = OverTls(shop, TestMailServers.CertificateSha256);
        await new CustomerMail(shop).SendAsync();
        await TestMailServers.WaitForMailAsync(shop);

        var read = await new MailboxReader().ReadNewAsync(tls, null, TestContext.Current.CancellationToken);
        await new MailSender(TimeProvider.System).SendReplyAsync(tls,
            new OutboundReply { To = new EmailParty(customer.Address, ""), Subject = "订单", TextBody = "已发货" }, TestContext.Current.CancellationToken);

        Assert.Single(read.Emails);
        Assert.Equal("已发货", Assert.Single((await TestMailServers.WaitForMailAsync(customer)).Emails).TextBody.Trim());
    }

    [Fact]
    public async Task A_self_signed_certificate_that_is_not_pinned_is_refused()
    {
        var unpinned = OverTls(shop, "");

        await Assert.ThrowsAsync<MailKit.Security.SslHandshakeException>(
            () => new MailboxReader().ReadNewAsync(unpinned, null, TestContext.Current.CancellationToken));
    }

    private static MailboxSettings OverTls(MailboxSettings plain, string pin) => new()
    {
        Address = plain.Address,
        Imap = new MailServer
        {
            Host = TestMailServers.Imaps.Host, Port = TestMailServers.Imaps.Port, Security = MailSecurity.SslOnConnect,
            UserName = plain.Address, Password = TestMailServers.Password, TrustedCertificateSha256 = pin,
        },
        Smtp = new MailServer
        {
            Host = TestMailServers.Smtp.Host, Port = TestMailServers.Smtp.Port, Security = MailSecurity.StartTls,
            UserName = plain.Address, Password = TestMailServers.Password, TrustedCertificateSha256 = pin,
        },
    };
}
