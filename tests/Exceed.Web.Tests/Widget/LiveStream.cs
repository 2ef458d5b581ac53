namespace Exceed.Web.Tests.Widget;

/// <summary>The visitor's server-sent event stream, read event by event.</summary>
internal sealed class LiveStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    /// <summary>The next event of this type (others are skipped); gives up after 30 s so a lost event fails the test instead of hanging it.</summary>
    public async Task<JsonElement> NextAsync(string type)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bound.CancelAfter(TimeSpan.FromSeconds(30));
        string? current = null;
        while (await reader.ReadLineAsync(bound.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == type)
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement;
            }
        }
        throw new InvalidOperationException($"The stream ended before a '{type}' event.");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
