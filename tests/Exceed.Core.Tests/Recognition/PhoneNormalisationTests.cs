using Exceed.Core;
using Exceed.Core.Customers;
using Exceed.Core.Recognition;

namespace Exceed.Core.Tests.Recognition;

public class PhoneNormalisationTests
{
    private readonly IdentityNormalizer normalizer = new(new BusinessSettings { DefaultRegion = "CN" });

    [Theory]
    [InlineData("138 0013 8000")]
    [InlineData("+86 138-0013-8000")]
    [InlineData("13800138000")]
    [InlineData("0086 138 0013 8000")]
    [InlineData("(+86) 13800138000")]
    [InlineData("１３８００１３８０００")]
    public void Every_way_of_writing_a_mainland_mobile_is_the_same_person(string typed) =>
        Assert.Equal("+8613800138000", normalizer.Normalize(IdentityKind.Phone, typed).Value);

    [Theory]
    [InlineData("+8613800138000", true)]
    [InlineData("+85291234567", true)]
    [InlineData("13800138000", false)]
    [InlineData("+86 138 0013 8000", false)]
    [InlineData("+0613800138000", false)]
    [InlineData("+１３８００１３８０００", false)]
    public void Only_a_number_exactly_as_stored_skips_parsing(string typed, bool stored) =>
        Assert.Equal(stored, IdentityNormalizer.IsStoredPhone(typed));

    [Theory]
    [InlineData("+8613800138000")]
    [InlineData("+85291234567")]
    public void A_number_as_stored_normalises_to_itself(string stored) =>
        Assert.Equal(stored, normalizer.Normalize(IdentityKind.Phone, stored).Value);

    [Fact]
    public void A_Hong_Kong_number_keeps_its_own_country_code() =>
        Assert.Equal("+85291234567", normalizer.Normalize(IdentityKind.Phone, "+852 9123 4567").Value);

    [Theory]
    [InlineData("12345")]
    [InlineData("not a phone")]
    [InlineData("")]
    public void A_number_that_cannot_be_dialled_is_refused_with_a_reason(string typed)
    {
        var result = normalizer.Normalize(IdentityKind.Phone, typed);
        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Email_is_case_folded() =>
        Assert.Equal("chen.li@example.com", normalizer.Normalize(IdentityKind.Email, "  Chen.Li@Example.COM ").Value);

    [Fact]
    public void An_email_without_a_domain_is_refused() =>
        Assert.False(normalizer.Normalize(IdentityKind.Email, "chen.li@").IsValid);
}
