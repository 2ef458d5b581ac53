namespace Exceed.Core.Customers.Duplicates;

/// <summary>Tells whether two stored phone numbers are probably one number typed twice.</summary>
public static class PhoneSimilarity
{
    /// <summary>Enough digits to name a line in China and most countries, without the area or country code.</summary>
    public const int SignificantDigits = 8;

    public static DuplicateSignal? Compare(string left, string right)
    {
        var a = Digits(left);
        var b = Digits(right);
        if (a.Length < SignificantDigits || b.Length < SignificantDigits)
        {
            return null;
        }
        if (a[^SignificantDigits..] == b[^SignificantDigits..])
        {
            return DuplicateSignal.PhoneSameEnding;
        }
        if (a.Length != b.Length)
        {
            return null;
        }
        var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differences switch
        {
            [_] => DuplicateSignal.PhoneOneDigitApart,
            [var i, var j] when j == i + 1 && a[i] == b[j] && a[j] == b[i] => DuplicateSignal.PhoneDigitsSwapped,
            _ => null,
        };
    }

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
