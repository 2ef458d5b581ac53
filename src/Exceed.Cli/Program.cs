using System.CommandLine;
using Exceed.Cli;

var root = new RootCommand("exceed: the command line of the Exceed customer-service platform");
foreach (var command in Commands.All())
{
    root.Subcommands.Add(command);
}
return await root.Parse(args).InvokeAsync();
