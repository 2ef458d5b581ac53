using Exceed.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>The app's own composition, read from the same settings (Exceed__Database__Provider / __ConnectionString).</summary>
internal static class BenchServices
{
    public static ServiceProvider Build() =>
        new ServiceCollection()
            .AddExceedCore(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .BuildServiceProvider();

    public static async Task<string[]> ReadPhonesAsync(string path, CancellationToken ct)
    {
        var phones = (await File.ReadAllLinesAsync(path, ct)).Where(l => l.Length > 0).ToArray();
        return phones.Length > 0 ? phones : throw new InvalidOperationException($"{path} holds no phone numbers; run `bench phones` first.");
    }
}
