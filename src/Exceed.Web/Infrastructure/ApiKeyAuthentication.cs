using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Exceed.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Exceed.Web.Infrastructure;

/// <summary>Authenticates integrations by the X-Api-Key header; only the key's SHA-256 is stored.</summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ExceedDb db, IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string SmartScheme = "CookieOrApiKey";
    public const string Header = "X-Api-Key";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string CacheKey(string hash) => $"apikey:{hash}";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = Hash(key);
        if (!cache.TryGetValue(CacheKey(hash), out ClaimsPrincipal? principal))
        {
            // Only known keys are cached, so a client guessing keys cannot fill the cache.
            var found = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null);
            if (found is not null)
            {
                principal = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, $"api:{found.Name}"), new Claim(ClaimTypes.Role, found.Role), new Claim("api_key_id", found.Id.ToString())],
                    SchemeName));
                cache.Set(CacheKey(hash), principal, CacheFor);
            }
        }
        return principal is null
            ? AuthenticateResult.Fail("The X-Api-Key is unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => AuthProblems.NotSignedInAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.NotAllowedAsync(Context);
}
