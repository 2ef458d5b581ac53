using System.Globalization;
using Exceed.Core.Events;

namespace Exceed.Web.Infrastructure;

/// <summary>Refreshes an open page when an event concerns it, the way every live page of the console does.</summary>
internal static class LiveUpdates
{
    /// <summary>
    /// Listens for <typeparamref name="TEvent"/> and, when <paramref name="concerns"/> says it matters, runs
    /// <paramref name="refreshAsync"/> on the page's dispatcher in the page's culture: events arrive on other threads,
    /// which carry neither. Dispose the result when the page goes.
    /// </summary>
    public static IDisposable Follow<TEvent>(this IEventBus bus, Func<TEvent, bool> concerns, Func<Func<Task>, Task> invokeAsync, Func<Task> refreshAsync)
        where TEvent : class
    {
        var culture = CultureInfo.CurrentUICulture;
        return bus.Subscribe<TEvent>(async e =>
        {
            if (!concerns(e))
            {
                return;
            }
            try
            {
                await invokeAsync(() =>
                {
                    CultureInfo.CurrentUICulture = culture;
                    CultureInfo.CurrentCulture = culture;
                    return refreshAsync();
                });
            }
            catch (ObjectDisposedException)
            {
                // The page closed while the event was on its way.
            }
        });
    }
}
