using Exceed.Core.Customers;
using PhoneNumbers;

namespace Exceed.Core.Recognition;

/// <summary>Turns what a person typed into the one stored form, so `138 0013 8000` and `+86 138-0013-8000` are the same person.</summary>
public sealed class IdentityNormalizer(BusinessSettings business)
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public string DefaultRegion => business.DefaultRegion;

    /// <summary>Returns the normalised value, or an error a person can act on.</summary>
    public IdentityResult Normalize(IdentityKind kind, string? raw)
    {
        var text = (raw ?? "").Trim();
        if (text.Length == 0)
        {
            return IdentityResult.Fail($"The {Describe(kind)} is empty.");
        }
        if (text.Length > 200)
        {
            return IdentityResult.Fail($"The {Describe(kind)} is longer than 200 characters.");
        }
        return kind switch
        {
            IdentityKind.Phone => NormalizePhone(text),
            IdentityKind.Email => NormalizeEmail(text),
            IdentityKind.Order => IdentityResult.Ok(text.ToUpperInvariant()),
            _ => IdentityResult.Ok(text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()),
        };
    }

    /// <summary>Whether the text is a phone number exactly as stored: E.164, a plus and 8 to 15 digits, the first not 0.</summary>
    public static bool IsStoredPhone([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) =>
        text is ['+', >= '1' and <= '9', ..] && text.Length is >= 9 and <= 16 && !text.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    public IdentityResult NormalizePhone(string text)
    {
        try
        {
            var number = Phones.Parse(text.Normalize(System.Text.NormalizationForm.FormKC), business.DefaultRegion);
            if (!Phones.IsPossibleNumber(number) || !Phones.IsValidNumber(number))
            {
                return IdentityResult.Fail($"'{text}' is not a valid phone number for region {business.DefaultRegion}; include the country code, e.g. +86 138 0013 8000.");
            }
            return IdentityResult.Ok(Phones.Format(number, PhoneNumberFormat.E164));
        }
        catch (NumberParseException)
        {
            return IdentityResult.Fail($"'{text}' is not a phone number; write it with digits, e.g. 138 0013 8000 or +86 138 0013 8000.");
        }
    }

    private static IdentityResult NormalizeEmail(string text)
    {
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        var at = folded.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != folded.LastIndexOf('@') || at == folded.Length - 1 || !folded[(at + 1)..].Contains('.', StringComparison.Ordinal) || folded.Any(char.IsWhiteSpace))
        {
            return IdentityResult.Fail($"'{text}' is not an email address like name@example.com.");
        }
        return IdentityResult.Ok(folded);
    }

    public static string Describe(IdentityKind kind) => kind switch
    {
        IdentityKind.Phone => "phone number",
        IdentityKind.Email => "email address",
        IdentityKind.Handle => "shop/IM handle",
        IdentityKind.WeChat => "WeChat id",
        IdentityKind.Taobao => "Taobao id",
        IdentityKind.Order => "order number",
        _ => kind.ToString(),
    };
}

public readonly record struct IdentityResult(bool IsValid, string Value, string? Error)
{
    public static IdentityResult Ok(string value) => new(true, value, null);
    public static IdentityResult Fail(string error) => new(false, "", error);
}
