using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Exceed.Bench;

/// <summary>`bench bdn`: the BenchmarkDotNet run of <see cref="RecognitionBenchmarks"/>, in-process and short.</summary>
internal static class DotNetBenchmarkCommand
{
    public static Command Create()
    {
        var command = new Command("bdn", "Run the BenchmarkDotNet recognition benchmark (in-process ShortRun) on the configured database.");
        command.SetAction(_ =>
        {
            var config = DefaultConfig.Instance
                .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summary = BenchmarkRunner.Run<RecognitionBenchmarks>(config);
            return summary.HasCriticalValidationErrors ? 1 : 0;
        });
        return command;
    }
}
