namespace Exceed.Web.Tests.Infrastructure;

/// <summary>A clock the test sets; each reading moves it on by a millisecond so saves keep their order. Unlike FakeTimeProvider it may be set back for the next test.</summary>
public sealed class ShopClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);

    public override DateTimeOffset GetUtcNow() =>
        new(Interlocked.Add(ref ticks, TimeSpan.TicksPerMillisecond) - TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
