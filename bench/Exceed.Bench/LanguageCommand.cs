using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Exceed.Bench;

/// <summary>`bench language`: BenchmarkDotNet on the reply checker (no database needed).</summary>
internal static class LanguageCommand
{
    public static Command Create()
    {
        var command = new Command("language", "Run the BenchmarkDotNet reply-checker benchmark (200-character replies, 5,000-entry phrasebook).");
        command.SetAction(_ =>
        {
            var config = DefaultConfig.Instance
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summary = BenchmarkRunner.Run<LanguageBenchmarks>(config);
            return summary.HasCriticalValidationErrors ? 1 : 0;
        });
        return command;
    }
}
