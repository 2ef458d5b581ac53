namespace Exceed.Core.Data.Generator;

/// <summary>
/// Unique mainland mobile numbers from a counter: a bijection of the counter onto prefixes the demo data never uses,
/// so generated numbers cannot collide with each other or with the story customers.
/// </summary>
public static class GeneratedPhone
{
    /// <summary>Mobile prefixes reserved for generated customers; the demo data uses 13x, 15x and 18x.</summary>
    public static readonly string[] Prefixes = ["173", "175", "176", "177", "178", "191", "193", "195", "196", "197", "198", "199"];

    private const long Suffixes = 100_000_000;
    // Odd and not a multiple of five, so multiplying modulo 10^8 is a bijection that scatters neighbours.
    private const long Scatter = 7_654_321;

    public static long Capacity => Suffixes * Prefixes.Length;

    /// <summary>The 11 national digits of the number with this sequence number, e.g. "17712345678".</summary>
    public static string NationalDigits(long sequence)
    {
        if (sequence < 0 || sequence >= Capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), $"Only {Capacity:N0} generated phone numbers exist.");
        }
        var prefix = Prefixes[sequence % Prefixes.Length];
        var suffix = (sequence / Prefixes.Length * Scatter + 12_345_679) % Suffixes;
        return prefix + suffix.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string E164(long sequence) => "+86" + NationalDigits(sequence);

    /// <summary>The number as a person might have typed it, in one of the formats shops really receive.</summary>
    public static string Typed(string digits, int style) => (style % 4) switch
    {
        0 => digits,
        1 => $"+86 {digits[..3]} {digits[3..7]} {digits[7..]}",
        2 => $"{digits[..3]}-{digits[3..7]}-{digits[7..]}",
        _ => $"+86{digits}",
    };
}
