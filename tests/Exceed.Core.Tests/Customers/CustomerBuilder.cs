using Exceed.Core.Common;
using Exceed.Core.Customers;

namespace Exceed.Core.Tests.Customers;

/// <summary>Test customers described the way a shop would: a name, a phone, what they like, what they bought.</summary>
public sealed class CustomerBuilder(string name)
{
    private readonly List<IdentityInput> identities = [];
    private readonly List<PreferenceInput> preferences = [];
    private readonly List<DateInput> dates = [];
    private readonly List<PurchaseInput> purchases = [];
    private readonly List<WishInput> wishes = [];
    private readonly List<string> notes = [];
    private readonly List<string> tags = [];
    private string? familyName;
    private Salutation? salutation;

    public static CustomerBuilder Named(string name) => new(name);

    public CustomerBuilder WithPhone(string phone) { identities.Add(new(IdentityKind.Phone, phone)); return this; }
    public CustomerBuilder WithEmail(string email) { identities.Add(new(IdentityKind.Email, email)); return this; }
    public CustomerBuilder WithHandle(string handle) { identities.Add(new(IdentityKind.Handle, handle)); return this; }
    public CustomerBuilder Likes(string text) { preferences.Add(new(PreferenceKind.Like, text)); return this; }
    public CustomerBuilder Needs(string text) { preferences.Add(new(PreferenceKind.Need, text)); return this; }
    public CustomerBuilder BornOn(int month, int day, int? year = null) { dates.Add(new(ImportantDateKind.Birthday, month, day, year)); return this; }
    public CustomerBuilder Bought(string item, decimal amount) { purchases.Add(new(item, amount, "CNY", null)); return this; }
    public CustomerBuilder Wishes(string item) { wishes.Add(new(item, null)); return this; }
    public CustomerBuilder Noted(string text) { notes.Add(text); return this; }
    public CustomerBuilder Tagged(string tag) { tags.Add(tag); return this; }
    public CustomerBuilder Family(string family, Salutation how) { familyName = family; salutation = how; return this; }

    public CustomerInput Build() => new()
    {
        DisplayName = name,
        FamilyName = familyName,
        Salutation = salutation,
        Tags = tags,
        Identities = identities,
        Preferences = preferences,
        ImportantDates = dates,
        Purchases = purchases,
        WishItems = wishes,
        Notes = notes,
    };

    public async Task<Customer> SaveIn(TestDatabase database)
    {
        var outcome = await database.RunAsync<CustomerService, Outcome<Customer>>(s => s.CreateAsync(Build(), "test"));
        Assert.True(outcome.Succeeded, outcome.Problem?.Detail);
        // Customers created one after another, so "older record" means something in the tests.
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        return outcome.Value!;
    }
}
