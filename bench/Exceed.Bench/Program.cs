using System.CommandLine;
using Exceed.Bench;

var root = new RootCommand("bench: Exceed's recognition benchmarks against a generated database (see docs/benchmarks.md)")
{
    PhonesCommand.Create(),
    InProcessCommand.Create(),
    HttpCommand.Create(),
    DotNetBenchmarkCommand.Create(),
    SearchCommand.Create(),
    LanguageCommand.Create(),
    IngestCommand.Create(),
    WidgetCommand.Create(),
    QualityCommand.Create(),
    IntakeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
