using Exceed.Core.Events;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Exceed.Web.Infrastructure;

/// <summary>
/// What lets several nodes stand behind one balancer when Exceed:Redis is set: one key ring for cookies and
/// antiforgery tokens, and SignalR messages that reach a connection on any node. The event bus is chosen in Core.
/// </summary>
internal static class ScaleOut
{
    public const string ApplicationName = "Exceed";

    public static void AddExceedScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[EventBusSetup.RedisSetting] is not { Length: > 0 })
        {
            return;
        }
        // Without a shared name each node derives its own from its install folder, and refuses the others' cookies.
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IConnectionMultiplexer>((o, redis) => o.XmlRepository = new RedisKeyRing(redis));

        services.AddSignalR().AddStackExchangeRedis();
        services.AddOptions<RedisOptions>()
            .Configure<IConnectionMultiplexer>((o, redis) => o.ConnectionFactory = _ => Task.FromResult(redis));
        KeepBlazorCircuitsOnTheirNode(services);
    }

    /// <summary>
    /// A Blazor circuit lives on one node (the balancer keeps the browser there) and is never addressed from another,
    /// so its hub gains nothing from the backplane; on the in-memory manager a Redis outage cannot stop the console.
    /// </summary>
    private static void KeepBlazorCircuitsOnTheirNode(IServiceCollection services)
    {
        var circuitHub = Type.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub, Microsoft.AspNetCore.Components.Server");
        if (circuitHub is null)
        {
            return;
        }
        services.AddSingleton(
            typeof(HubLifetimeManager<>).MakeGenericType(circuitHub),
            typeof(DefaultHubLifetimeManager<>).MakeGenericType(circuitHub));
    }
}
