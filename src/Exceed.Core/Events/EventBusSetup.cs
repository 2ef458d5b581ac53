using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Exceed.Core.Events;

/// <summary>Chooses the event bus: this node alone, or every node sharing the Redis named by Exceed:Redis.</summary>
public static class EventBusSetup
{
    public const string RedisSetting = "Exceed:Redis";

    public static IServiceCollection AddExceedEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[RedisSetting] is not { Length: > 0 } redis)
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
            return services;
        }
        services.AddSingleton<IConnectionMultiplexer>(sp => Connect(redis, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Exceed.Redis")));
        services.AddSingleton(EventTypes.Exceed());
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RedisEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisEventBus>());
        return services;
    }

    /// <summary>
    /// Starts even when Redis is down and reconnects by itself; while it is down a command fails at once instead of
    /// waiting in a queue, so a request never hangs on Redis and a late call pop is never shown minutes after the ring.
    /// </summary>
    private static ConnectionMultiplexer Connect(string configuration, ILogger log)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "exceed";
        var connection = ConnectionMultiplexer.Connect(options);
        connection.ConnectionFailed += (_, e) => log.LogWarning(e.Exception, "Lost Redis at {Endpoint} ({Failure})", e.EndPoint, e.FailureType);
        connection.ConnectionRestored += (_, e) => log.LogInformation("Redis is back at {Endpoint}", e.EndPoint);
        return connection;
    }
}
