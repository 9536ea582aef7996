using System.CommandLine;

namespace Parallax.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure throughput and peak memory (see docs/benchmarks.md).");
        command.SetAction(_ => ExitCodes.Success);
        _ = context;
        return command;
    }
}
