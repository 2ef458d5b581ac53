using System.Collections.Concurrent;
using System.Diagnostics;

namespace Exceed.Web.Tests.Infrastructure;

/// <summary>
/// The commands Npgsql sends for work started on this async flow, seen through its activity source: each command
/// is one round trip. Commands of other tests and of the app's background work belong to other traces and are not counted.
/// </summary>
public sealed class NpgsqlCommandWatch : IDisposable
{
    private readonly ActivityListener listener;
    private readonly Activity scope;
    private readonly ConcurrentQueue<string> commands = new();

    public NpgsqlCommandWatch()
    {
        scope = new Activity("Exceed.Web.Tests.NpgsqlCommandWatch").SetIdFormat(ActivityIdFormat.W3C).Start();
        var trace = scope.TraceId;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> o) =>
                o.Parent.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace && activity.GetTagItem("db.query.text") is string sql)
                {
                    commands.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The text of each command sent so far, in the order they finished.</summary>
    public IReadOnlyList<string> Commands => [.. commands];

    public void Dispose()
    {
        scope.Dispose();
        listener.Dispose();
    }
}
