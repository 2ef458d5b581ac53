using Exceed.Core.Customers;
using Exceed.Core.Customers.Duplicates;

namespace Exceed.Core.Tests.Customers;

public class DuplicateRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static CustomerFacts Person(string name, params CustomerIdentity[] identities) =>
        new(Guid.NewGuid(), name, NameFolding.Fold(name), Monday, identities, []);

    private static CustomerIdentity Phone(string e164) => new() { Kind = IdentityKind.Phone, Value = e164 };
    private static CustomerIdentity Email(string email) => new() { Kind = IdentityKind.Email, Value = email };

    [Theory]
    [InlineData("+8613800138000", "+85213800138000")]
    [InlineData("+8613800138000", "+8615900138000")]
    public void Phones_ending_in_the_same_eight_digits_look_like_one_line(string a, string b) =>
        Assert.Equal(DuplicateSignal.PhoneSameEnding, PhoneSimilarity.Compare(a, b));

    [Fact]
    public void A_phone_typed_with_one_wrong_digit_is_noticed() =>
        Assert.Equal(DuplicateSignal.PhoneOneDigitApart, PhoneSimilarity.Compare("+8613800138000", "+8613800738000"));

    [Fact]
    public void Two_swapped_digits_are_noticed() =>
        Assert.Equal(DuplicateSignal.PhoneDigitsSwapped, PhoneSimilarity.Compare("+8613800138000", "+8613800183000"));

    [Theory]
    [InlineData("+8613800138000", "+8613911224455")]
    [InlineData("+8613800138000", "+8613800731000")]
    [InlineData("+8613800138000", "+861380013800")]
    public void Unrelated_phones_are_not_similar(string a, string b) =>
        Assert.Null(PhoneSimilarity.Compare(a, b));

    [Fact]
    public void Same_name_with_similar_phones_is_a_candidate()
    {
        var reasons = DuplicateRules.Reasons(Person("王建国", Phone("+8613800138000")), Person("王建国", Phone("+8613800138001")));
        Assert.Equal(DuplicateSignal.PhoneOneDigitApart, Assert.Single(reasons).Signal);
    }

    [Fact]
    public void Same_name_alone_is_not_enough() =>
        Assert.Empty(DuplicateRules.Reasons(Person("王伟", Phone("+8613800138000")), Person("王伟", Phone("+8613911224455"))));

    [Fact]
    public void Similar_phones_with_different_names_are_not_a_candidate() =>
        Assert.Empty(DuplicateRules.Reasons(Person("王建国", Phone("+8613800138000")), Person("李娜", Phone("+8613800138001"))));

    [Fact]
    public void Same_name_and_same_email_name_at_another_provider_is_a_candidate()
    {
        var reasons = DuplicateRules.Reasons(Person("Chen Li", Email("chen.li@gmail.com")), Person("chen li", Email("chenli+shop@qq.com")));
        Assert.Equal(DuplicateSignal.SameEmailName, Assert.Single(reasons).Signal);
    }

    [Fact]
    public void Same_name_and_same_birthday_is_a_candidate()
    {
        var born = new ImportantDate { Kind = ImportantDateKind.Birthday, Month = 5, Day = 20, Year = 1990 };
        var noYear = new ImportantDate { Kind = ImportantDateKind.Birthday, Month = 5, Day = 20 };
        var reasons = DuplicateRules.Reasons(Person("林美玲") with { Birthdays = [born] }, Person("林美玲") with { Birthdays = [noYear] });
        Assert.Equal(DuplicateSignal.SameBirthday, Assert.Single(reasons).Signal);
    }

    [Fact]
    public void A_name_in_Traditional_and_in_Simplified_is_the_same_name()
    {
        var traditional = Person("陳麗", Phone("+8613800138000"));
        var simplified = Person("陈丽", Phone("+8613800138001"));
        Assert.NotEmpty(DuplicateRules.Reasons(traditional, simplified));
        Assert.True(DuplicateRules.WrittenDifferently(traditional, simplified));
    }

    [Fact]
    public void More_agreeing_details_score_higher()
    {
        var one = new DuplicateReason(DuplicateSignal.SameBirthday, "05-20", "05-20");
        var two = new DuplicateReason(DuplicateSignal.PhoneOneDigitApart, "a", "b");
        Assert.True(DuplicateRules.Score([one, two]) > DuplicateRules.Score([two]));
    }

    [Fact]
    public void The_reason_reads_as_a_sentence() =>
        Assert.Equal("Same name, phones differ by one digit (138 0013 8000 / 138 0013 8001).",
            new DuplicatePair(null!, null!, 0.8, false, [new(DuplicateSignal.PhoneOneDigitApart, "138 0013 8000", "138 0013 8001")]).Reason);
}
