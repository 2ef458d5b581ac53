using Exceed.Core.Email;

namespace Exceed.Core.Tests.Email;

public sealed class MailboxSettingsTests
{
    private static MailboxSettings Complete() => new()
    {
        Address = "service@shop.example",
        Imap = new MailServer { Host = "imap.shop.example", Port = 993, Security = MailSecurity.SslOnConnect, UserName = "service@shop.example", Password = "app-password-123" },
        Smtp = new MailServer { Host = "smtp.shop.example", Port = 465, Security = MailSecurity.SslOnConnect, UserName = "service@shop.example", Password = "app-password-123" },
    };

    [Fact]
    public void Settings_never_show_the_passwords_when_logged()
    {
        Assert.DoesNotContain("app-password-123", Complete().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_settings_are_accepted() => Assert.Null(Complete().Validate());

    [Fact]
    public void Missing_and_wrong_fields_are_named_with_what_to_do()
    {
        var settings = Complete();
        settings.Address = "not an address";
        settings.Imap.Password = "";
        settings.Smtp.Port = 0;

        var problem = settings.Validate();

        Assert.NotNull(problem);
        Assert.Equal(["address", "imap.password", "smtp.port"], problem.Errors!.Keys.Order());
        Assert.Contains("465 or 587", problem.Errors["smtp.port"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Message_ids_use_the_shops_own_domain() => Assert.Equal("shop.example", Complete().MessageIdDomain);
}
