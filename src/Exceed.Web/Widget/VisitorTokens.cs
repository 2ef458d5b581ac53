using Microsoft.AspNetCore.DataProtection;
using Exceed.Core.Widget;

namespace Exceed.Web.Widget;

/// <summary>Signed visitor tokens (ASP.NET data protection): the widget keeps one, and a resume link carries another that expires.</summary>
internal sealed class VisitorTokens(IDataProtectionProvider protection, WidgetSettings settings)
{
    private readonly IDataProtector visitors = protection.CreateProtector("Exceed.Widget.Visitor.v1");
    private readonly ITimeLimitedDataProtector resumes = protection.CreateProtector("Exceed.Widget.Resume.v1").ToTimeLimitedDataProtector();

    public (string VisitorId, string Token) Issue()
    {
        var visitorId = Guid.NewGuid().ToString("N");
        return (visitorId, For(visitorId));
    }

    public string For(string visitorId) => visitors.Protect(visitorId);

    /// <summary>The visitor id, or null when the token is not one this shop issued.</summary>
    public string? Read(string? token) => Unprotect(visitors, token);

    public string ResumeToken(string visitorId) => resumes.Protect(visitorId, TimeSpan.FromDays(settings.ResumeLinkDays));

    public string? ReadResume(string? token) => Unprotect(resumes, token);

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }
        try
        {
            var id = protector.Unprotect(token);
            return id.Length == 32 && Guid.TryParseExact(id, "N", out _) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
