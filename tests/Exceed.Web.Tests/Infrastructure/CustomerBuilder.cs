namespace Exceed.Web.Tests.Infrastructure;

/// <summary>Test data for POST /api/v1/customers: <c>Customer.Named("王建国").Mr("王").Phone("138 0013 8000")</c>.</summary>
public sealed class CustomerBuilder
{
    private readonly Dictionary<string, object?> body = [];
    private readonly List<object> identities = [];
    private readonly List<object> preferences = [];
    private readonly List<object> dates = [];
    private readonly List<object> purchases = [];
    private readonly List<object> wishes = [];
    private readonly List<string> notes = [];

    private CustomerBuilder(string? name) => body["displayName"] = name;

    public static CustomerBuilder Named(string? name) => new(name);
    public static CustomerBuilder WangJianguo() => Named("王建国").Mr("王").Phone("138 0013 8000");

    public CustomerBuilder Mr(string familyName) => Set("familyName", familyName).Set("salutation", "Mr");
    public CustomerBuilder Ms(string familyName) => Set("familyName", familyName).Set("salutation", "Ms");
    public CustomerBuilder Speaks(string language) => Set("language", language);

    public CustomerBuilder Phone(string value) => Identity("Phone", value);
    public CustomerBuilder Email(string value) => Identity("Email", value);
    public CustomerBuilder Handle(string value) => Identity("Handle", value);
    public CustomerBuilder Order(string value) => Identity("Order", value);
    public CustomerBuilder WeChat(string value) => Identity("WeChat", value);
    public CustomerBuilder Taobao(string value) => Identity("Taobao", value);

    public CustomerBuilder Identity(string kind, string value)
    {
        identities.Add(new { kind, value });
        return this;
    }

    public CustomerBuilder Needs(string text) => Preference("Need", text);
    public CustomerBuilder Likes(string text) => Preference("Like", text);

    public CustomerBuilder Preference(string kind, string text)
    {
        preferences.Add(new { kind, text });
        return this;
    }

    public CustomerBuilder Birthday(int month, int day)
    {
        dates.Add(new { kind = "Birthday", month, day });
        return this;
    }

    public CustomerBuilder Bought(string item, decimal amount, DateTimeOffset at, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            purchases.Add(new { item, amount, currency = "CNY", purchasedAt = at.AddDays(-7 * i) });
        }
        return this;
    }

    public CustomerBuilder Wished(string item, DateTimeOffset at)
    {
        wishes.Add(new { item, wishedAt = at });
        return this;
    }

    public CustomerBuilder Note(string text)
    {
        notes.Add(text);
        return this;
    }

    private CustomerBuilder Set(string key, object? value)
    {
        body[key] = value;
        return this;
    }

    public Dictionary<string, object?> Build() => new(body)
    {
        ["identities"] = identities,
        ["preferences"] = preferences,
        ["importantDates"] = dates,
        ["purchases"] = purchases,
        ["wishItems"] = wishes,
        ["notes"] = notes,
    };
}
