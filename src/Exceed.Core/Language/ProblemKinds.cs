namespace Exceed.Core.Language;

/// <summary>What is wrong with a piece of a reply; the names the API, the CLI and quality review share.</summary>
public static class ProblemKinds
{
    public const string NegativeWording = "negative-wording";
    public const string BareRefusal = "bare-refusal";
    public const string BlameShifting = "blame-shifting";
    public const string DoubtingCustomer = "doubting-customer";
    public const string CommandingTone = "commanding-tone";
    public const string Dismissive = "dismissive";
    public const string PriceInsult = "price-insult";
    public const string MissingApology = "missing-apology";

    public static readonly string[] All =
        [NegativeWording, BareRefusal, BlameShifting, DoubtingCustomer, CommandingTone, Dismissive, PriceInsult, MissingApology];

    /// <summary>Kinds a phrase can be listed under (the missing apology is found by absence, not by a phrase).</summary>
    public static readonly string[] Phrased = All[..^1];
}

/// <summary>What a phrasebook entry is for.</summary>
public enum PhraseUse
{
    /// <summary>A word or phrase to avoid; its kind is a <see cref="ProblemKinds"/> name.</summary>
    Discouraged,
    /// <summary>Wording to use; its kind is a category such as greeting, apology, ownership, promise.</summary>
    Recommended,
    /// <summary>Words in the customer's message that mean a complaint is being answered.</summary>
    ComplaintCue,
}

/// <summary>Categories of recommended phrases; apology and ownership phrases are what the missing-apology rule looks for.</summary>
public static class PhraseCategories
{
    public const string Greeting = "greeting";
    public const string Apology = "apology";
    public const string Ownership = "ownership";
    public const string Promise = "promise";
    public const string Thanks = "thanks";
    public const string Farewell = "farewell";
    public const string Complaint = "complaint";

    public static readonly string[] Recommended = [Greeting, Apology, Ownership, Promise, Thanks, Farewell];
}
