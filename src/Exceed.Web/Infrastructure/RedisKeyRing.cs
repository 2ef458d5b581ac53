using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace Exceed.Web.Infrastructure;

/// <summary>The data-protection key ring kept in Redis, one XML key per list item, so every node reads the same keys.</summary>
internal sealed class RedisKeyRing(IConnectionMultiplexer redis) : IXmlRepository
{
    public static readonly RedisKey Key = "exceed:data-protection-keys";

    public IReadOnlyCollection<XElement> GetAllElements() =>
        redis.GetDatabase().ListRange(Key).Select(item => XElement.Parse(item.ToString())).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        redis.GetDatabase().ListRightPush(Key, element.ToString(SaveOptions.DisableFormatting));
}
