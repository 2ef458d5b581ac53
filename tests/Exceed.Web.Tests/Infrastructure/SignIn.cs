using System.Text.RegularExpressions;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form (antiforgery token included) and keeps the staff cookie.</summary>
public static partial class SignIn
{
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> AsStaffAsync(this ExceedFactory app, string email, string password)
    {
        var client = app.CreateBrowserlessClient();
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/account/login", ct);
        var token = AntiforgeryToken().Match(page) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The sign-in page has no antiforgery token:\n" + page);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), ct);
        return (client, response);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
